namespace GoalFrames.Rendering.AdaptiveCards;

/// <summary>A list of title/value pairs.</summary>
/// <param name="Facts">The facts.</param>
public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement;
