using System.Globalization;
using System.Text;
using GoalFrames.Engine.Drafts;
using GoalFrames.Engine.Sheets;
using GoalFrames.Rendering.Markdown;

namespace GoalFrames.Rendering.Drift;

/// <summary>
/// What an export says about canon drift: the draft keeps its saved text, and each changed row offers the canon's
/// current text; rows the canon removed are listed with their saved values, so nothing the manager wrote is dropped.
/// </summary>
internal static class SupersededNotes
{
    public static string? ChangedNote(DriftReport drift, GoalItem item) =>
        drift.Changed.FirstOrDefault(c => c.Row.ItemKey == item.Key) is { } changed ? ChangedNote(changed) : null;

    public static string ChangedNote(RowDrift.Changed changed) => $"superseded: the canon now reads \"{changed.CurrentText}\"";

    public static string RemovedNote(DriftReport drift, DraftRow row)
    {
        var values = drift.Draft.Content.Values
            .Where(v => v.ItemKey == row.ItemKey && !string.IsNullOrWhiteSpace(v.Value))
            .Select(v => $"{v.Slot} = {v.Value}")
            .ToList();
        return "removed from the canon since this draft was saved" + (values.Count == 0 ? string.Empty : "; saved values: " + string.Join(", ", values));
    }

    public static IEnumerable<string> Lines(DriftReport drift, GoalSheet sheet)
    {
        var items = sheet.Sections.SelectMany(s => s.Items).ToDictionary(i => i.Key, StringComparer.Ordinal);
        foreach (var row in drift.Rows)
        {
            switch (row)
            {
                case RowDrift.Changed changed:
                    var number = items.TryGetValue(changed.Row.ItemKey, out var item) ? item.Number.ToString(CultureInfo.InvariantCulture) + ". " : string.Empty;
                    yield return $"{number}\"{changed.Row.Text}\" \u2014 {ChangedNote(changed)}";
                    break;
                case RowDrift.Removed removed:
                    yield return $"\"{removed.Row.Text}\" \u2014 {RemovedNote(drift, removed.Row)}";
                    break;
            }
        }
    }

    public static string Intro(DriftReport drift) =>
        $"This draft keeps the canon text it was saved with (canon version {drift.Draft.Content.CanonVersion}, fingerprint {drift.Draft.Content.CanonFingerprint}); "
        + $"the canon has changed since (now version {drift.CanonVersion}, fingerprint {drift.CanonFingerprint}).";

    public static string Text(DriftReport drift, GoalSheet sheet)
    {
        if (!drift.IsSuperseded)
        {
            return string.Empty;
        }

        var text = new StringBuilder("\nSuperseded\n").Append(Intro(drift)).Append('\n');
        foreach (var line in Lines(drift, sheet))
        {
            text.Append("  - ").Append(line).Append('\n');
        }

        return text.ToString();
    }

    public static string Markdown(DriftReport drift, GoalSheet sheet)
    {
        if (!drift.IsSuperseded)
        {
            return string.Empty;
        }

        var md = new StringBuilder("\n## Superseded\n\n").Append(MarkdownSheetRenderer.EscapeText(Intro(drift))).Append("\n\n");
        foreach (var line in Lines(drift, sheet))
        {
            md.Append("- ").Append(MarkdownSheetRenderer.EscapeText(line)).Append('\n');
        }

        return md.ToString();
    }
}
