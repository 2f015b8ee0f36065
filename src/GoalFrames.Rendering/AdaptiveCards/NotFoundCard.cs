using GoalFrames.Engine.Conversation;
using GoalFrames.Rendering.Chat;

namespace GoalFrames.Rendering.AdaptiveCards;

/// <summary>Nothing matched: what was typed, and buttons for what exists (did-you-mean, the focuses to choose from, the levels).</summary>
internal static class NotFoundCard
{
    public static CardPlan Plan(GoalsReply.NotFound notFound)
    {
        var (message, hint, buttons) = NotFoundText.Of(notFound.Lookup);
        return new CardPlan(
            [CardText.Words("Not found", TextSize.Medium, TextWeight.Bolder)],
            [
                CardText.Plain(message) with { Spacing = Spacing.None },
                CardText.Plain(hint, TextSize.Small, subtle: true),
                .. CardButtons.Rows(buttons),
            ],
            "GoalFrames: nothing matched. Type 'goals list' to see every focus.");
    }
}
