namespace GoalFrames.Rendering.Json;

/// <summary>A line as text and pieces.</summary>
/// <param name="Text">The text.</param>
/// <param name="Pieces">The pieces.</param>
public sealed record LineDocument(string Text, IReadOnlyList<PieceDocument> Pieces);
