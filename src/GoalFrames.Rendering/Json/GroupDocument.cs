namespace GoalFrames.Rendering.Json;

/// <summary>A group of items.</summary>
/// <param name="Heading">The perspective heading, or null.</param>
/// <param name="Items">The items.</param>
public sealed record GroupDocument(string? Heading, IReadOnlyList<ItemDocument> Items);
