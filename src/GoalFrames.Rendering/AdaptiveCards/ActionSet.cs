namespace GoalFrames.Rendering.AdaptiveCards;

/// <summary>A row of buttons inside the body (schema 1.2).</summary>
/// <param name="Actions">The buttons.</param>
public sealed record ActionSet(IReadOnlyList<CardAction> Actions) : CardElement;
