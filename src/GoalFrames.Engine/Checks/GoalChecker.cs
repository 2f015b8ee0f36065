using System.Globalization;
using GoalFrames.Canon;
using GoalFrames.Engine.Pieces;
using GoalFrames.Engine.Sheets;
using GoalFrames.Engine.Templates;

namespace GoalFrames.Engine.Checks;

/// <summary>
/// The completeness checks of a manager's goals: deterministic rules, no AI. Per goal item, in this order: every blank
/// is filled; every date reads as <c>yyyy-MM-dd</c>; every date falls inside the review cycle (when the canon declares
/// one); a target differs from its baseline (trimmed, case-insensitive); and, as a hint only, a target states a number,
/// percentage, amount or date.
/// </summary>
public static class GoalChecker
{
    /// <summary>Checks a sheet with the values it was built with and the review cycle of the canon it came from.</summary>
    /// <param name="sheet">The sheet, as <see cref="FrameEngine"/> built it.</param>
    public static SheetCheck Check(GoalSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return Check(sheet, ValuesOf(sheet), sheet.ReviewCycle);
    }

    /// <summary>Checks a sheet against given values and cycle.</summary>
    /// <param name="sheet">The sheet.</param>
    /// <param name="values">The manager's values.</param>
    /// <param name="cycle">The review cycle, or null when the canon declares none (dates are then only checked for format).</param>
    public static SheetCheck Check(GoalSheet sheet, GoalValues values, ReviewCycle? cycle)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var sections = sheet.Sections.Select(s => Check(s, values, cycle)).ToList();
        IReadOnlyList<CheckFinding> notes = cycle is null
            ? [new CheckFinding(CheckKind.Hint, CheckCodes.NoReviewCycle, TemplateCatalogue.CheckNoReviewCycle.Whole, [])]
            : [];
        return new SheetCheck(cycle, sections, notes);
    }

    /// <summary>Checks one framework section.</summary>
    /// <param name="section">The section.</param>
    /// <param name="values">The manager's values, by item key and slot.</param>
    /// <param name="cycle">The review cycle, or null.</param>
    public static SectionCheck Check(FrameSection section, GoalValues values, ReviewCycle? cycle)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(values);
        return new SectionCheck(section.Kind, [.. section.Items.Select(i => Check(i, values.For(i.Key), cycle))]);
    }

    /// <summary>Checks one goal item.</summary>
    /// <param name="item">The goal item.</param>
    /// <param name="values">Its values by slot, or null when none are given.</param>
    /// <param name="cycle">The review cycle, or null.</param>
    public static GoalCheck Check(GoalItem item, IReadOnlyDictionary<string, string>? values, ReviewCycle? cycle)
    {
        ArgumentNullException.ThrowIfNull(item);
        string? Value(string slot) => values is not null && values.TryGetValue(slot, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
        var slots = item.Slots;
        var findings = new List<CheckFinding>();

        var blank = slots.Where(s => Value(s.Slot) is null).ToList();
        if (blank.Count > 0)
        {
            var markers = blank.DistinctBy(s => s.Kind).Select(s => (Line)new PlaceholderPiece(s.Kind, s.Slot));
            var list = new Line([.. markers.SelectMany((m, i) => i == 0 ? m.Pieces : [TemplateCatalogue.CheckListSeparator.Piece, .. m.Pieces])]);
            findings.Add(new CheckFinding(CheckKind.Error, CheckCodes.Blank, TemplateCatalogue.CheckBlank.Fill(("blanks", list)), [.. blank.Select(s => s.Slot)]));
        }

        var dates = slots.Where(s => s.Kind == PlaceholderKind.Date && Value(s.Slot) is not null)
            .Select(s => (s.Slot, Day: DateOnly.TryParseExact(Value(s.Slot), ReviewCycle.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : (DateOnly?)null))
            .ToList();
        Add(findings, CheckKind.Error, CheckCodes.DateUnreadable, TemplateCatalogue.CheckDateUnreadable, [.. dates.Where(d => d.Day is null).Select(d => d.Slot)]);
        if (cycle is not null)
        {
            Add(findings, CheckKind.Error, CheckCodes.DateOutsideCycle, TemplateCatalogue.CheckDateOutsideCycle, [.. dates.Where(d => d.Day is { } day && !cycle.Contains(day)).Select(d => d.Slot)]);
        }

        var targets = slots.Where(s => s.Kind == PlaceholderKind.Target && Value(s.Slot) is not null).Select(s => s.Slot).ToList();
        Add(findings, CheckKind.Error, CheckCodes.TargetIsBaseline, TemplateCatalogue.CheckTargetIsBaseline,
            [.. targets.Where(t => Value(PrefixOf(t) + PlaceholderKind.Baseline.Name()) is { } baseline && string.Equals(baseline, Value(t), StringComparison.OrdinalIgnoreCase))]);
        Add(findings, CheckKind.Hint, CheckCodes.TargetNotMeasurable, TemplateCatalogue.CheckTargetNotMeasurable, [.. targets.Where(t => !Measurability.States(Value(t)!))]);
        return new GoalCheck(item.Key, findings);
    }

    /// <summary>The values a sheet was built with, read back from its goal items.</summary>
    /// <param name="sheet">The sheet.</param>
    public static GoalValues ValuesOf(GoalSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return new GoalValues(sheet.Sections.SelectMany(s => s.Items).SelectMany(i => i.Fields
            .SelectMany(f => f.Content.Pieces)
            .OfType<UserValuePiece>()
            .Select(v => (i.Key, v.Slot, v.Value))));
    }

    /// <summary>One finding naming the first slot concerned (every slot of a code is the same kind of blank), when there are any.</summary>
    private static void Add(List<CheckFinding> findings, CheckKind kind, string code, Template template, IReadOnlyList<string> slots)
    {
        if (slots.Count > 0)
        {
            findings.Add(new CheckFinding(kind, code, template.Fill(new SlotScope(PrefixOf(slots[0]), null)), slots));
        }
    }

    /// <summary>The slot's group prefix (<c>kr2.</c>), or empty for the item's own slots.</summary>
    private static string PrefixOf(string slot) => slot.LastIndexOf('.') is var dot and >= 0 ? slot[..(dot + 1)] : string.Empty;
}
