using GoalFrames.Canon;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Rendering.Chat;

namespace GoalFrames.Rendering.AdaptiveCards;

/// <summary>Families and focuses with their aliases; each focus is a button that lists its levels.</summary>
internal static class FamilyListCard
{
    public static CardPlan Plan(GoalsReply.FamilyList list) => new(
        [CardText.Words("Families and focuses", TextSize.Large, TextWeight.Bolder)],
        [
            CardText.Words("Pick a focus to see its levels.", TextSize.Small, subtle: true) with { Spacing = Spacing.None },
            .. list.Families.Select(Family),
        ],
        "GoalFrames: families and focuses. Type 'goals <focus>' to see the levels of a focus.");

    private static Container Family(JobFamily family) => new(
        [
            CardText.Runs(new TextRun(family.Name) { Weight = TextWeight.Bolder }, new TextRun(" \u00B7 " + family.Code) { IsSubtle = true }),
            .. family.Focuses.Select(f => CardText.Runs(
                new TextRun(f.Name),
                new TextRun(" \u00B7 " + f.Key + (f.Aliases.Count > 0 ? " \u00B7 aliases: " + string.Join(", ", f.Aliases) : string.Empty)) { IsSubtle = true, Size = TextSize.Small })
                with { Spacing = Spacing.Small }),
            .. CardButtons.Rows(family.Focuses.Select(f => new ChatButton(Word(f), new GoalsAction.Run("goals " + Word(f))))),
        ])
    {
        Separator = true,
        Spacing = Spacing.Medium,
    };

    private static string Word(Focus focus) => focus.Aliases.Count > 0 ? focus.Aliases[0] : focus.Key;
}
