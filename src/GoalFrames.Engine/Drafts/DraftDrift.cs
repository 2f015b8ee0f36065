using GoalFrames.Canon;

namespace GoalFrames.Engine.Drafts;

/// <summary>
/// Compares a draft's saved canon rows with the current canon. A draft never takes new canon text silently: it keeps
/// what it was saved with, and this tells the conversation what to mark superseded and which current text to offer.
/// </summary>
public static class DraftDrift
{
    /// <summary>Reports, per saved row, whether the canon still has it unchanged, changed or not at all.</summary>
    /// <param name="draft">The draft.</param>
    /// <param name="canon">The current canon.</param>
    public static DriftReport Check(Draft draft, ICanon canon)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(canon);
        var rows = draft.Content.Rows.Select(row => canon.FindText(row.Ref) switch
        {
            null => (RowDrift)new RowDrift.Removed(row),
            var current when string.Equals(current, row.Text, StringComparison.Ordinal) => new RowDrift.Unchanged(row),
            var current => new RowDrift.Changed(row, current),
        }).ToList();
        return new DriftReport(draft, canon.Version, canon.Fingerprint, rows);
    }

    /// <summary>
    /// The profile as the draft saw it: every saved row that the canon still has shows its saved text. Rows the canon
    /// added since show as they are now; rows it removed cannot be placed and are listed by <see cref="DriftReport.Removed"/>.
    /// </summary>
    /// <param name="current">The profile as the current canon has it.</param>
    /// <param name="report">The drift of the draft against that canon.</param>
    public static Profile AsSaved(Profile current, DriftReport report)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(report);
        var saved = report.Changed.GroupBy(c => c.Row.Ref).ToDictionary(g => g.Key, g => g.First().Row.Text);
        if (saved.Count == 0)
        {
            return current;
        }

        CanonRow Keep(CanonRow row) => saved.TryGetValue(row.Ref, out var text) ? row with { Text = text } : row;
        return current with
        {
            CoreOutputs = [.. current.CoreOutputs.Select(Keep)],
            Responsibilities = [.. current.Responsibilities.Select(Keep)],
            ComplexityRubric = current.ComplexityRubric is { } complexity ? Keep(complexity) : null,
            KnowledgeApplicationRubric = current.KnowledgeApplicationRubric is { } knowledge ? Keep(knowledge) : null,
            Level = current.Level with { Dimensions = [.. current.Level.Dimensions.Select(d => d with { Row = Keep(d.Row) })] },
        };
    }
}
