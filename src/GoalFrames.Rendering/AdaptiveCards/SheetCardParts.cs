using GoalFrames.Engine.Sheets;
using GoalFrames.Rendering.Chat;

namespace GoalFrames.Rendering.AdaptiveCards;

/// <summary>The parts of a card that show a goal sheet: title, identity, section headings, the omission ledger.</summary>
internal static class SheetCardParts
{
    public static IReadOnlyList<CardElement> Header(GoalSheet sheet) =>
    [
        CardText.Line(sheet.Title, size: TextSize.Large, weight: TextWeight.Bolder),
        CardText.Line(sheet.Identity, subtle: true) with { Spacing = Spacing.None },
    ];

    public static IReadOnlyList<CardElement> SectionHeading(FrameSection section) =>
    [
        CardText.Line(section.Heading, size: TextSize.Medium, weight: TextWeight.Bolder) with { Spacing = Spacing.Large },
        CardText.Line(section.Intro, size: TextSize.Small, subtle: true) with { Spacing = Spacing.None },
    ];

    public static CardElement? Ledger(GoalSheet sheet) => sheet.Omissions.Count == 0
        ? null
        : new Container(
            [
                CardText.Words(ChatWords.LeftOut, TextSize.Medium, TextWeight.Bolder),
                CardText.Words(ChatWords.LeftOutIntro, TextSize.Small, subtle: true) with { Spacing = Spacing.None },
                .. sheet.Omissions.Select(o => CardText.Plain("\u2022 " + o, TextSize.Small)),
            ])
        {
            Style = ContainerStyle.Emphasis,
            Spacing = Spacing.Large,
        };

    public static string FallbackText(GoalSheet sheet, string kindWord) =>
        $"GoalFrames goal templates for {sheet.Profile.Id}. This client cannot show the card; type 'goals {sheet.Profile.Id} {kindWord} text' for plain text.";
}
