namespace GoalFrames.Rendering.BlockKit;

/// <summary>A row of up to 25 interactive elements.</summary>
/// <param name="Elements">The elements.</param>
public sealed record ActionsBlock(IReadOnlyList<BlockElement> Elements) : Block;
