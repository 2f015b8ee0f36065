namespace GoalFrames.Rendering.AdaptiveCards;

/// <summary>A reply laid out before it is packed into cards.</summary>
/// <param name="Header">Shown at the top of every card (the title).</param>
/// <param name="Units">The body, in pieces that are never split across cards.</param>
/// <param name="FallbackText">Plain text for clients that cannot show the card.</param>
internal sealed record CardPlan(IReadOnlyList<CardElement> Header, IReadOnlyList<CardElement> Units, string FallbackText)
{
    /// <summary>Shown at the end of every card (buttons that act on the card's own inputs).</summary>
    public IReadOnlyList<CardElement> EveryCardFooter { get; init; } = [];

    /// <summary>Shown at the end of the last card.</summary>
    public IReadOnlyList<CardElement> LastCardFooter { get; init; } = [];

    /// <summary>The per-user refresh, kept only when the reply fits one card.</summary>
    public CardRefresh? Refresh { get; init; }
}
