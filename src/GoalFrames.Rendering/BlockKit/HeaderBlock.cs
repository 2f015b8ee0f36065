namespace GoalFrames.Rendering.BlockKit;

/// <summary>A large heading: plain text, at most 150 characters.</summary>
/// <param name="Text">The heading.</param>
public sealed record HeaderBlock(TextObject Text) : Block;
