namespace GoalFrames.Canon.Yaml;

internal sealed record YScalar(int Line, int Column, string Value, bool IsPlain) : YNode(Line, Column)
{
    public override string KindName => "text";

    /// <summary>A plain <c>~</c>, <c>null</c> or empty scalar: YAML's way of saying nothing.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";
}
