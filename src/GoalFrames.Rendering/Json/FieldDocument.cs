namespace GoalFrames.Rendering.Json;

/// <summary>A labelled line.</summary>
/// <param name="Label">The label.</param>
/// <param name="Content">The line.</param>
/// <param name="Source">The citation of a quoting line (growth From and To lines), or null.</param>
public sealed record FieldDocument(string Label, LineDocument Content, string? Source = null);
