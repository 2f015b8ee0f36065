namespace GoalFrames.Rendering.BlockKit;

/// <summary>Small print: up to 10 text elements.</summary>
/// <param name="Elements">The texts.</param>
public sealed record ContextBlock(IReadOnlyList<TextObject> Elements) : Block;
