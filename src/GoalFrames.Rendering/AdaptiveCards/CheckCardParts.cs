using GoalFrames.Engine.Checks;
using GoalFrames.Rendering.Chat;

namespace GoalFrames.Rendering.AdaptiveCards;

/// <summary>The completeness checks on an editable card: the summary line at the top, and the short list under each goal.</summary>
internal static class CheckCardParts
{
    public static CardElement Summary(SheetCheck checks) =>
        CardText.Words(CheckWords.Summary(checks), TextSize.Small, subtle: true) with { Spacing = Spacing.None };

    /// <summary>One line per finding, its label coloured (attention to fix, warning for a hint), or the ready line.</summary>
    public static IEnumerable<CardElement> Of(GoalCheck check)
    {
        if (check.Findings.Count == 0)
        {
            return [CardText.Runs(new TextRun(CheckWords.Ready) { Size = TextSize.Small, Color = TextColor.Good }) with { Spacing = Spacing.Small }];
        }

        return check.Findings.Select((finding, i) =>
        {
            var line = CardText.Line(finding.Message, CheckWords.Label(finding.Kind), TextSize.Small);
            var label = line.Inlines[0] with { Color = finding.Kind == CheckKind.Error ? TextColor.Attention : TextColor.Warning };
            return (CardElement)(new RichTextBlock([label, .. line.Inlines.Skip(1)]) with { Spacing = i == 0 ? Spacing.Small : Spacing.None });
        });
    }
}
