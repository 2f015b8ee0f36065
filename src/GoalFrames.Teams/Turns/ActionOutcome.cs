using GoalFrames.Rendering.AdaptiveCards;

namespace GoalFrames.Teams.Turns;

/// <summary>What pressing a card button comes to; the invoke and the Action.Submit fallback deliver it each their own way.</summary>
internal abstract record ActionOutcome
{
    private ActionOutcome()
    {
    }

    /// <summary>Cards: the first replaces the pressed card, any further ones follow as new messages.</summary>
    public sealed record Cards(IReadOnlyList<AdaptiveCard> Replies) : ActionOutcome;

    /// <summary>A short message for the presser, and work to do once the request is answered.</summary>
    public sealed record Message(string Text, Func<CancellationToken, Task>? ThenAsync = null) : ActionOutcome;

    /// <summary>The action cannot be done; why, for the presser.</summary>
    public sealed record Refused(string Reason) : ActionOutcome;
}
