using GoalFrames.Engine.Sheets;

namespace GoalFrames.Engine.Drafts;

/// <summary>What a manager saves: one framework of one profile, the canon it was built from, and the values.</summary>
/// <param name="ProfileId">The canon profile id, as the canon spells it (<c>CLINIC1.CLINICAL3CD6.M5</c>).</param>
/// <param name="Framework">The framework.</param>
/// <param name="CanonVersion">The canon version the sheet was built from.</param>
/// <param name="CanonFingerprint">The canon fingerprint the sheet was built from.</param>
/// <param name="Rows">The canon rows of the goal items, in sheet order, with their text at save time.</param>
/// <param name="Values">The manager's values.</param>
public sealed record DraftContent(
    string ProfileId,
    FrameKind Framework,
    string CanonVersion,
    string CanonFingerprint,
    IReadOnlyList<DraftRow> Rows,
    IReadOnlyList<DraftValue> Values)
{
    /// <summary>The person the draft is about, or null for a draft about nobody.</summary>
    public DraftSubject? About { get; init; }

    /// <summary>How many placeholders have a value, out of all of them.</summary>
    public DraftCompleteness Completeness
    {
        get
        {
            var filled = Values
                .Where(v => !string.IsNullOrWhiteSpace(v.Value))
                .Select(v => (v.ItemKey, v.Slot))
                .ToHashSet();
            var slots = Rows.SelectMany(r => r.Slots.Distinct(StringComparer.Ordinal).Select(s => (r.ItemKey, s))).ToList();
            return new DraftCompleteness(slots.Count(filled.Contains), slots.Count);
        }
    }

    /// <summary>
    /// The content of one framework of a sheet. Only values for blanks the framework has are kept, blank values are
    /// dropped, and the last value given for a blank wins.
    /// </summary>
    /// <param name="sheet">A sheet built from the canon (with or without values).</param>
    /// <param name="framework">The framework to keep.</param>
    /// <param name="values">The manager's values.</param>
    /// <param name="removedRows">
    /// Saved rows the canon no longer has, which the draft keeps after the sheet's rows (with their values) until the
    /// manager lets them go.
    /// </param>
    /// <returns>The content, or null when the sheet has no section for that framework.</returns>
    public static DraftContent? FromSheet(GoalSheet sheet, FrameKind framework, IEnumerable<DraftValue> values, IEnumerable<DraftRow>? removedRows = null)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(values);
        if (sheet.Section(framework) is not { } section)
        {
            return null;
        }

        var rows = section.Items
            .Select(i => new DraftRow(i.Key, i.Basis.Ref, i.Basis.Text, [.. i.Slots.Select(s => s.Slot)]))
            .ToList();
        var shown = rows.Select(r => r.ItemKey).ToHashSet(StringComparer.Ordinal);
        rows.AddRange((removedRows ?? []).Where(r => shown.Add(r.ItemKey)));
        var known = rows.SelectMany(r => r.Slots.Select(s => (r.ItemKey, s))).ToHashSet();
        var kept = values
            .Where(v => !string.IsNullOrWhiteSpace(v.Value) && known.Contains((v.ItemKey, v.Slot)))
            .GroupBy(v => (v.ItemKey, v.Slot))
            .Select(g => g.Last())
            .ToList();
        return new DraftContent(sheet.Profile.Id, framework, sheet.CanonVersion, sheet.CanonFingerprint, rows, kept);
    }

    /// <summary>The values in the form <see cref="FrameEngine.Build"/> takes.</summary>
    public GoalValues ToGoalValues() => new(Values.Select(v => (v.ItemKey, v.Slot, v.Value)));
}
