using GoalFrames.Engine;
using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Engine.Drafts;
using GoalFrames.Engine.Sheets;
using GoalFrames.Rendering.Chat;

namespace GoalFrames.Rendering.Drift;

/// <summary>
/// What the chat surfaces say about canon drift in a manager's drafts, and the buttons that take a change in. The
/// draft keeps its saved text; each reworded goal shows the canon's current text under it, and goals HR removed are
/// listed with their saved values. Both surfaces draw the same words and buttons.
/// </summary>
internal static class DriftNotes
{
    public const string Heading = "The canon has changed since this draft was saved";

    public const string Intro = "Your draft keeps the wording it was saved with. Each goal HR has reworded shows what the canon says now; nothing changes until you choose to use it.";

    public const string RemovedHeading = "Removed from the canon";

    public const string RemovedIntro = "HR has removed the rows these goals stood on. Your draft keeps them, with your values, until you remove them.";

    /// <summary>True when any draft shown has a reworded or removed row.</summary>
    public static bool Any(IReadOnlyList<DriftReport> drift) => drift.Any(d => d.IsSuperseded);

    /// <summary>The canon's change to a goal's row, or null when the row is as it was saved.</summary>
    public static (DriftReport Report, RowDrift.Changed Change)? ChangeOf(IReadOnlyList<DriftReport> drift, GoalItem item)
    {
        foreach (var report in drift)
        {
            if (report.Changed.FirstOrDefault(c => c.Row.ItemKey == item.Key) is { } changed)
            {
                return (report, changed);
            }
        }

        return null;
    }

    /// <summary>The rows the canon no longer has, with the draft each belongs to.</summary>
    public static IEnumerable<(DriftReport Report, DraftRow Row)> Removed(IReadOnlyList<DriftReport> drift) =>
        drift.SelectMany(d => d.Removed.Select(r => (d, r.Row)));

    /// <summary>The line under a reworded goal.</summary>
    public static string ChangedLine(RowDrift.Changed changed) => $"Superseded \u2014 the canon now reads: \"{changed.CurrentText}\"";

    /// <summary>A removed goal with the values saved for it.</summary>
    public static string RemovedLine(DriftReport report, DraftRow row)
    {
        var values = report.Draft.Content.Values
            .Where(v => v.ItemKey == row.ItemKey && !string.IsNullOrWhiteSpace(v.Value))
            .Select(v => ChatWords.SlotLabel(v.Slot) + ": " + v.Value)
            .ToList();
        return $"\"{row.Text}\" \u2014 " + (values.Count == 0 ? "no values saved" : "saved values: " + string.Join("; ", values));
    }

    /// <summary>Takes the canon's current text for a reworded goal.</summary>
    /// <param name="report">The draft's drift.</param>
    /// <param name="row">The reworded row.</param>
    /// <param name="shown">The frameworks shown with the button (null: all), which the reply shows again.</param>
    public static ChatButton UseCurrentText(DriftReport report, DraftRow row, FrameKind? shown) =>
        new("Use current text", Accept(report, row, shown), ChatButtonStyle.Primary);

    /// <summary>Lets a removed goal, and its values, go from the draft.</summary>
    /// <param name="report">The draft's drift.</param>
    /// <param name="row">The removed row.</param>
    /// <param name="shown">The frameworks shown with the button (null: all), which the reply shows again.</param>
    public static ChatButton RemoveFromDraft(DriftReport report, DraftRow row, FrameKind? shown) =>
        new("Remove from draft", Accept(report, row, shown), ChatButtonStyle.Danger);

    private static GoalsAction.AcceptCanonChange Accept(DriftReport report, DraftRow row, FrameKind? shown) =>
        new(report.Draft.Content.ProfileId, shown, row.ItemKey) { About = report.Draft.Content.About };
}
