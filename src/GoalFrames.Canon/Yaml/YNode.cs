namespace GoalFrames.Canon.Yaml;

/// <summary>A YAML node with the position it started at. Built from parser events, never from tags.</summary>
internal abstract record YNode(int Line, int Column)
{
    public abstract string KindName { get; }
}
