namespace GoalFrames.Rendering.AdaptiveCards;

/// <summary>Asks Teams to fetch the card anew for each listed user when they see it (Universal Actions).</summary>
/// <param name="Action">The <c>Action.Execute</c> to invoke (declared as the base type so its <c>type</c> is written).</param>
public sealed record CardRefresh(CardAction Action)
{
    /// <summary>Who gets the automatic refresh (at most 60); null for everyone in a chat of up to 60 people.</summary>
    public IReadOnlyList<string>? UserIds { get; init; }
}
