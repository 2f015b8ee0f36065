namespace GoalFrames.Canon.Yaml;

internal sealed record YSequence(int Line, int Column, IReadOnlyList<YNode> Items) : YNode(Line, Column)
{
    public override string KindName => "list";
}
