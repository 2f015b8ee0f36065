using System.Globalization;
using GoalFrames.Engine.Conversation;
using GoalFrames.Rendering.Chat;

namespace GoalFrames.Rendering.AdaptiveCards;

/// <summary>The frameworks a profile has rows for, each a button, and the ledger of what the canon lacks.</summary>
internal static class OverviewCard
{
    public static CardPlan Plan(GoalsReply.ProfileOverview overview)
    {
        var sheet = overview.Sheet;
        var units = new List<CardElement>
        {
            CardText.Words("Goal frameworks with canon backing", TextSize.Medium, TextWeight.Bolder) with { Spacing = Spacing.Medium },
            new FactSet([.. sheet.Sections.Select(s => new Fact(s.Heading.Text, string.Create(CultureInfo.InvariantCulture, $"{s.Items.Count()} goals")))]),
        };
        units.AddRange(CardButtons.Rows(FrameButtons.Present(sheet, overview.About)));
        units.Add(SheetCardParts.Ledger(sheet) ?? CardText.Words(ChatWords.NothingLeftOut, TextSize.Small, subtle: true));

        return new CardPlan(SheetCardParts.Header(sheet), units, SheetCardParts.FallbackText(sheet, "all"));
    }
}
