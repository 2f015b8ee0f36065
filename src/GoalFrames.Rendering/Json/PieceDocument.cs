namespace GoalFrames.Rendering.Json;

/// <summary>One piece: kind is canon, template, placeholder or value.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Text">The text.</param>
/// <param name="Source">For canon pieces, the canon address; for template pieces, the template name.</param>
/// <param name="Slot">For placeholders and values, the slot.</param>
public sealed record PieceDocument(string Kind, string Text, string? Source, string? Slot);
