using GoalFrames.Engine.Commands;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Rendering.Chat;

namespace GoalFrames.Rendering.AdaptiveCards;

/// <summary>Usage with examples, each a button.</summary>
internal static class HelpCard
{
    public static CardPlan Plan(GoalsReply.Help help) => new(
        [CardText.Words(ChatWords.Product, TextSize.Large, TextWeight.Bolder)],
        [
            CardText.Words("Goal templates for a role and level, from your company's job architecture. Every line is canon text or a fixed template around it; nothing is invented.") with { Spacing = Spacing.None },
            CardText.Words("Type", TextSize.Small, TextWeight.Bolder),
            CardText.Plain(GoalsCommandParser.Usage, TextSize.Small, font: FontType.Monospace) with { Spacing = Spacing.None },
            CardText.Words("Try", TextSize.Small, TextWeight.Bolder),
            .. CardButtons.Rows(help.Examples.Select(e => new ChatButton(e, new GoalsAction.Run(e)))),
        ],
        "GoalFrames help: type 'goals list' to see every focus.");
}
