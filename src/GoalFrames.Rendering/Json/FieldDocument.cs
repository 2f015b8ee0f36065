namespace GoalFrames.Rendering.Json;

/// <summary>A labelled line.</summary>
/// <param name="Label">The label.</param>
/// <param name="Content">The line.</param>
public sealed record FieldDocument(string Label, LineDocument Content);
