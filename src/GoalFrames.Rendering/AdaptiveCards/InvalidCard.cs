using GoalFrames.Engine.Commands;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Rendering.Chat;

namespace GoalFrames.Rendering.AdaptiveCards;

/// <summary>Words the grammar could not read: why, the usage line, and a help button.</summary>
internal static class InvalidCard
{
    public static CardPlan Plan(GoalsReply.Invalid invalid) => new(
        [CardText.Words("I could not read that", TextSize.Medium, TextWeight.Bolder)],
        [
            CardText.Plain(EchoedInput.CapSentence(invalid.Command.Reason)) with { Spacing = Spacing.None },
            CardText.Words("Usage", TextSize.Small, TextWeight.Bolder),
            CardText.Plain(GoalsCommandParser.Usage, TextSize.Small, font: FontType.Monospace) with { Spacing = Spacing.None },
            .. CardButtons.Rows([new ChatButton("Help", new GoalsAction.Run("help"))]),
        ],
        "GoalFrames could not read that. Type 'goals help' for the usage.");
}
