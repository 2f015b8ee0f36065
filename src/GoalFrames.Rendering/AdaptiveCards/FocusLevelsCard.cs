using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Rendering.Chat;

namespace GoalFrames.Rendering.AdaptiveCards;

/// <summary>The levels of a focus, each a button that shows the profile's frameworks.</summary>
internal static class FocusLevelsCard
{
    public static CardPlan Plan(GoalsReply.FocusLevels levels)
    {
        var focus = levels.Focus;
        var word = focus.Aliases.Count > 0 ? focus.Aliases[0] : focus.Key;
        return new CardPlan(
            [CardText.Runs(new TextRun("Levels of ") { Size = TextSize.Large, Weight = TextWeight.Bolder }, new TextRun(focus.Name) { Size = TextSize.Large, Weight = TextWeight.Bolder })],
            [
                CardText.Plain(focus.Key + " \u00B7 " + focus.Description, TextSize.Small, subtle: true) with { Spacing = Spacing.None },
                CardText.Words("Pick a level to see its goal frameworks.", TextSize.Small),
                .. CardButtons.Rows(levels.Profiles.Select(p => new ChatButton(
                    $"{p.Level.Code} \u00B7 {p.Title ?? p.Level.Title}{(p.IsSample ? " (sample)" : string.Empty)}",
                    new GoalsAction.Run($"goals {ChatWords.Mention(levels.About)}{word} {p.Level.Code}")))),
            ],
            $"GoalFrames: the levels of {focus.Key}. Type 'goals {focus.Key} <level>' to see one.");
    }
}
