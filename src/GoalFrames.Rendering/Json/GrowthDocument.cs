namespace GoalFrames.Rendering.Json;

/// <summary>The two levels a growth sheet compares, and the profiles it read.</summary>
/// <param name="Focus">The focus, <c>FAMILY.FOCUS</c>.</param>
/// <param name="From">The level code grown from.</param>
/// <param name="To">The level code grown toward.</param>
/// <param name="FromProfile">The profile id at From, or null when the canon has none.</param>
/// <param name="ToProfile">The profile id at To, or null when the canon has none.</param>
public sealed record GrowthDocument(string Focus, string From, string To, string? FromProfile, string? ToProfile);
