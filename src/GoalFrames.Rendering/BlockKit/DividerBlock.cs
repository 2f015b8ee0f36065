namespace GoalFrames.Rendering.BlockKit;

/// <summary>A horizontal rule.</summary>
public sealed record DividerBlock : Block;
