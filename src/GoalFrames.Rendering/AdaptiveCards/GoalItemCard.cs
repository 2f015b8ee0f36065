using GoalFrames.Engine;
using GoalFrames.Engine.Checks;
using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Engine.Pieces;
using GoalFrames.Engine.Sheets;
using GoalFrames.Rendering.Chat;

namespace GoalFrames.Rendering.AdaptiveCards;

/// <summary>
/// One goal on a card: numbered headline, its source, what the canon reads now when HR has reworded it since the draft
/// was saved, its labelled lines and, when editable, its completeness checks and an input per blank.
/// </summary>
internal static class GoalItemCard
{
    public static Container Of(FrameKind kind, GoalItem item, GoalCheck? check, IReadOnlyList<CardElement> headings, IEnumerable<CardElement> drift)
    {
        var elements = new List<CardElement>(headings)
        {
            CardText.Line(item.Headline, ChatWords.ItemPrefix(kind, item), weight: TextWeight.Bolder) with { Spacing = headings.Count > 0 ? Spacing.Medium : null },
        };
        if (!ChatWords.CitesPerLine(item))
        {
            elements.Add(Source(item.Source));
        }

        elements.AddRange(drift);
        foreach (var field in item.Fields)
        {
            elements.Add(CardText.Line(field.Content, field.Label.Text + ": ") with { Spacing = Spacing.Small });
            if (field.Source is not null)
            {
                elements.Add(Source(field.Source));
            }
        }

        if (check is not null)
        {
            elements.AddRange(CheckCardParts.Of(check));
            elements.AddRange(Inputs(item));
        }

        return new Container(elements) { Separator = true, Spacing = Spacing.Medium };
    }

    private static CardElement Source(Line source) =>
        CardText.Line(source, ChatWords.SourcePrefix, size: TextSize.Small, weight: TextWeight.Default, subtle: true) with { Spacing = Spacing.None };

    /// <summary>One row of inputs per group of slots (<c>kr1.</c>, <c>kr2.</c>, or the item's own), pre-filled with the saved values.</summary>
    private static IEnumerable<CardElement> Inputs(GoalItem item)
    {
        var values = item.Fields.SelectMany(f => f.Content.Pieces).OfType<UserValuePiece>().GroupBy(v => v.Slot).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        return item.Slots
            .GroupBy(s => s.Slot.Contains('.', StringComparison.Ordinal) ? s.Slot[..s.Slot.IndexOf('.', StringComparison.Ordinal)] : string.Empty)
            .Select(group => new ColumnSet([.. group.Select(s => new Column([Input(item.Key, s.Kind, s.Slot, values.GetValueOrDefault(s.Slot))]) { Width = "stretch" })])
            {
                Spacing = Spacing.Small,
            });
    }

    private static CardElement Input(string itemKey, PlaceholderKind kind, string slot, string? value)
    {
        var id = GoalInputs.Id(itemKey, slot);
        var label = ChatWords.SlotLabel(slot);
        return kind == PlaceholderKind.Date && (value is null || GoalInputs.IsDate(value))
            ? new InputDate { Id = id, Label = label, Placeholder = kind.Marker(), Value = value }
            : new InputText { Id = id, Label = label, Placeholder = kind.Marker(), Value = value, MaxLength = GoalInputs.MaxValueLength };
    }
}
