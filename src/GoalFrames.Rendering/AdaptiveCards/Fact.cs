namespace GoalFrames.Rendering.AdaptiveCards;

/// <summary>One title/value pair of a <see cref="FactSet"/>.</summary>
/// <param name="Title">The title.</param>
/// <param name="Value">The value.</param>
public sealed record Fact(string Title, string Value);
