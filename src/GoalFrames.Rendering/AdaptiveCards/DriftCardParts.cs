using GoalFrames.Engine;
using GoalFrames.Engine.Drafts;
using GoalFrames.Rendering.Drift;

namespace GoalFrames.Rendering.AdaptiveCards;

/// <summary>The parts of a card that mark a draft's canon drift: a notice, the current text under each reworded goal, and the removed goals.</summary>
internal static class DriftCardParts
{
    public static CardElement? Notice(IReadOnlyList<DriftReport> drift) => DriftNotes.Any(drift)
        ? new Container(
            [
                CardText.Words(DriftNotes.Heading, weight: TextWeight.Bolder) with { Color = TextColor.Warning },
                CardText.Words(DriftNotes.Intro, TextSize.Small) with { Spacing = Spacing.None },
            ])
        {
            Style = ContainerStyle.Warning,
        }
        : null;

    /// <summary>The canon's current text under a reworded goal, with a button that takes it when the card is editable.</summary>
    public static IEnumerable<CardElement> Changed(DriftReport report, RowDrift.Changed changed, bool editable, FrameKind? shown)
    {
        yield return CardText.Runs(new TextRun(DriftNotes.ChangedLine(changed)) { Size = TextSize.Small, Color = TextColor.Warning }) with { Spacing = Spacing.Small };
        if (editable)
        {
            yield return new ActionSet([CardButtons.Of(DriftNotes.UseCurrentText(report, changed.Row, shown))]);
        }
    }

    public static CardElement? Removed(IReadOnlyList<DriftReport> drift, bool editable, FrameKind? shown)
    {
        var removed = DriftNotes.Removed(drift).ToList();
        if (removed.Count == 0)
        {
            return null;
        }

        var elements = new List<CardElement>
        {
            CardText.Words(DriftNotes.RemovedHeading, TextSize.Medium, TextWeight.Bolder),
            CardText.Words(DriftNotes.RemovedIntro, TextSize.Small, subtle: true) with { Spacing = Spacing.None },
        };
        foreach (var (report, row) in removed)
        {
            elements.Add(CardText.Plain(DriftNotes.RemovedLine(report, row), TextSize.Small) with { Spacing = Spacing.Small });
            if (editable)
            {
                elements.Add(new ActionSet([CardButtons.Of(DriftNotes.RemoveFromDraft(report, row, shown))]));
            }
        }

        return new Container(elements) { Style = ContainerStyle.Emphasis, Spacing = Spacing.Large, Separator = true };
    }
}
