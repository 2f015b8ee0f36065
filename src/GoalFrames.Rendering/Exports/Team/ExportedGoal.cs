using GoalFrames.Engine;

namespace GoalFrames.Rendering.Exports.Team;

/// <summary>
/// One goal as it leaves GoalFrames for the system of record: the draft's canon text with the manager's values, and
/// where the wording came from. Nothing is added: an unfilled placeholder stays visible and is listed in <see cref="Blanks"/>.
/// </summary>
/// <param name="Framework">The framework the goal belongs to.</param>
/// <param name="ProfileId">The canon profile (or growth pair) id of the draft.</param>
/// <param name="RowId">The canon row id the goal stands on.</param>
/// <param name="CanonRef">The row's full canon address (<c>owner/field/row</c>).</param>
/// <param name="Source">What the sheet names as the source, e.g. <c>JFM responsibility (M5)</c>.</param>
/// <param name="Name">The goal's headline.</param>
/// <param name="Lines">Its labelled lines (for SMART the measurable line among them); for OKRs, none but the key results.</param>
/// <param name="KeyResults">Its key results (OKRs only).</param>
/// <param name="Category">The scorecard perspective, or null.</param>
/// <param name="DueDate">The latest date the manager gave as <c>YYYY-MM-DD</c> for this goal, or null.</param>
/// <param name="Blanks">The placeholders still unfilled (<c>target</c>, <c>kr1.date</c>, …).</param>
public sealed record ExportedGoal(
    FrameKind Framework,
    string ProfileId,
    string RowId,
    string CanonRef,
    string Source,
    string Name,
    IReadOnlyList<ExportedLine> Lines,
    IReadOnlyList<ExportedKeyResult> KeyResults,
    string? Category,
    DateOnly? DueDate,
    IReadOnlyList<string> Blanks)
{
    /// <summary>
    /// The goal's long text for a goal tool's description column: its lines, its perspective, and its canon source
    /// (profile and row), so the system of record still shows where the wording came from.
    /// </summary>
    public string Description
    {
        get
        {
            var lines = Lines.Select(l => $"{l.Label}: {l.Text}").ToList();
            if (Category is not null)
            {
                lines.Add($"Perspective: {Category}");
            }

            lines.AddRange(KeyResults.Select((k, i) => (k, i)).Where(x => x.k.Source != Source).Select(x => $"KR{x.i + 1} source: {x.k.Source}"));
            lines.Add($"Source: {Source} \u2014 canon {ProfileId}, row {CanonRef}");
            return string.Join('\n', lines);
        }
    }
}
