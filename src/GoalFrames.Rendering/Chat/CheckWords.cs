using System.Globalization;
using GoalFrames.Canon;
using GoalFrames.Engine.Checks;

namespace GoalFrames.Rendering.Chat;

/// <summary>
/// How the completeness checks read on a manager's own (editable) card, alike in Teams and Slack: the review cycle and
/// the roll-up once at the top, then under each goal its findings, or that it is ready.
/// </summary>
internal static class CheckWords
{
    /// <summary>The label of a finding: <c>To fix</c> for an error, <c>Hint</c> for a hint.</summary>
    public static string Label(CheckKind kind) => kind == CheckKind.Error ? "To fix: " : "Hint: ";

    /// <summary>What a goal with no finding shows.</summary>
    public const string Ready = "\u2713 Ready: nothing left to fix.";

    /// <summary>The findings of a goal as lines (label and sentence), or <see cref="Ready"/>.</summary>
    public static IReadOnlyList<string> Lines(GoalCheck check) =>
        check.Findings.Count == 0 ? [Ready] : [.. check.Findings.Select(f => Label(f.Kind) + f.Text)];

    /// <summary>
    /// The line at the top of the card: the review cycle the dates are checked against and the roll-up, e.g.
    /// <c>Review cycle FY2027 goals: 2027-01-01 to 2027-12-31, goals due 2027-01-31 · 2 of 5 goals ready · 3 to fix</c>;
    /// without a cycle, the note that dates are not checked against one.
    /// </summary>
    public static string Summary(SheetCheck checks) =>
        (checks.Cycle is { } cycle ? Cycle(cycle) : string.Join(" ", checks.Notes.Select(n => Label(n.Kind) + n.Text)))
        + " \u00B7 " + checks.Rollup.Summary;

    private static string Cycle(ReviewCycle cycle) => string.Create(
        CultureInfo.InvariantCulture,
        $"Review cycle {cycle.Name}: {Day(cycle.Start)} to {Day(cycle.End)}, goals due {Day(cycle.GoalsDue)}");

    private static string Day(DateOnly day) => day.ToString(ReviewCycle.DateFormat, CultureInfo.InvariantCulture);
}
