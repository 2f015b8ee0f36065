using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Engine.Pieces;
using GoalFrames.Engine.Sheets;

namespace GoalFrames.Rendering.Chat;

/// <summary>The fingerprint of the value every blank of a sheet shows, by input id, for a save to carry.</summary>
public static class ShownValues
{
    /// <summary>Every blank of a sheet.</summary>
    /// <param name="sheet">The sheet, with the values it shows.</param>
    public static IReadOnlyDictionary<string, string> Of(GoalSheet sheet) =>
        (sheet ?? throw new ArgumentNullException(nameof(sheet))).Sections.SelectMany(s => s.Items).SelectMany(Of).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    /// <summary>The blanks of one goal.</summary>
    /// <param name="item">The goal, with the values it shows.</param>
    public static IEnumerable<KeyValuePair<string, string>> Of(GoalItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var values = item.Fields.SelectMany(f => f.Content.Pieces).OfType<UserValuePiece>()
            .GroupBy(v => v.Slot).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        return item.Slots.Select(s => KeyValuePair.Create(GoalInputs.Id(item.Key, s.Slot), SlotFingerprint.Of(values.GetValueOrDefault(s.Slot))));
    }
}
