namespace GoalFrames.Canon.Yaml;

internal sealed record YMapping(int Line, int Column, IReadOnlyList<KeyValuePair<YScalar, YNode>> Entries) : YNode(Line, Column)
{
    public override string KindName => "mapping";
}
