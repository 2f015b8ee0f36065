using System.Collections.Frozen;

namespace GoalFrames.Engine;

/// <summary>The manager's values for the blanks of a sheet, by goal item key and slot.</summary>
public sealed class GoalValues
{
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _byItem;

    /// <summary>Creates the values from (item key, slot, value) triples; blank values are ignored.</summary>
    /// <param name="values">The values.</param>
    public GoalValues(IEnumerable<(string ItemKey, string Slot, string Value)> values)
    {
        _byItem = values
            .Where(v => !string.IsNullOrWhiteSpace(v.Value))
            .GroupBy(v => v.ItemKey, StringComparer.Ordinal)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.GroupBy(v => v.Slot, StringComparer.Ordinal).ToFrozenDictionary(s => s.Key, s => s.Last().Value, StringComparer.Ordinal),
                StringComparer.Ordinal);
    }

    /// <summary>No values: every blank shows its placeholder.</summary>
    public static GoalValues Empty { get; } = new([]);

    /// <summary>How many values there are.</summary>
    public int Count => _byItem.Values.Sum(v => v.Count);

    /// <summary>The values of one goal item, or null.</summary>
    /// <param name="itemKey">The item key.</param>
    public IReadOnlyDictionary<string, string>? For(string itemKey) => _byItem.GetValueOrDefault(itemKey);
}
