using System.Globalization;
using GoalFrames.CanonTools.Book;

namespace GoalFrames.CanonTools.Import;

/// <summary>
/// Keeps each row's id across re-imports: by the id column when the sheet has one; otherwise by identical text in the
/// same profile and field; otherwise by the most similar text at or above <see cref="Threshold"/>, reported as reworded.
/// New rows get readable ids made from their first words, never one the profile used before for other text.
/// </summary>
internal static class RowIds
{
    /// <summary>The least similarity (1 − edit distance ÷ longer length) for a row without id to keep an old row's id.</summary>
    public const double Threshold = 0.6;

    private static readonly string[] IdFields = [BookFields.CoreOutputs, BookFields.Responsibilities];

    public static ProfileChanges Assign(string profileId, ProfileDraft draft, BookProfile? before, ISet<string> retired)
    {
        var changes = new List<RowChange>();
        foreach (var field in BookFields.RowFields)
        {
            var old = before?.Rows(field) ?? [];
            var rows = draft.Rows[field];
            var claimed = new HashSet<string>(rows.Where(r => r.Row.Id.Length > 0).Select(r => r.Row.Id), StringComparer.Ordinal);
            var open = old.Where(o => !claimed.Contains(o.Id)).ToList();

            foreach (var row in rows.Where(r => r.Row.Id.Length == 0 && IdFields.Contains(field)))
            {
                var same = open.FirstOrDefault(o => string.Equals(o.Text, row.Row.Text, StringComparison.Ordinal));
                if (same is not null)
                {
                    Take(row, same, open, claimed);
                }
            }

            foreach (var row in rows.Where(r => r.Row.Id.Length == 0 && IdFields.Contains(field)))
            {
                var best = open.Select(o => (Old: o, Score: Score(o.Text, row.Row.Text))).Where(s => s.Score >= Threshold).OrderByDescending(s => s.Score).FirstOrDefault();
                if (best.Old is not null)
                {
                    Take(row, best.Old, open, claimed);
                    changes.Add(new RowChange(RowChangeKind.Reworded, field, best.Old.Id, row.Row.Text, $"no id in the sheet; {Math.Round(best.Score * 100).ToString(CultureInfo.InvariantCulture)}% like the old text, which was: {best.Old.Text}"));
                    continue;
                }

                var id = NewId(row.Row.Text, claimed, retired, profileId, field);
                row.Row = row.Row with { Id = id };
                claimed.Add(id);
                changes.Add(new RowChange(RowChangeKind.Added, field, id, row.Row.Text));
            }

            foreach (var row in rows.Where(r => !changes.Any(c => c.Field == field && c.Id == r.Row.Id)))
            {
                var previous = old.FirstOrDefault(o => o.Id == row.Row.Id);
                changes.Add(previous is null
                    ? new RowChange(RowChangeKind.Added, field, row.Row.Id, row.Row.Text)
                    : new RowChange(string.Equals(previous.Text, row.Row.Text, StringComparison.Ordinal) ? RowChangeKind.Unchanged : RowChangeKind.Reworded, field, row.Row.Id, row.Row.Text));
            }

            foreach (var gone in old.Where(o => !rows.Any(r => r.Row.Id == o.Id)))
            {
                changes.Add(new RowChange(RowChangeKind.Removed, field, gone.Id, gone.Text));
                retired.Add(RetiredKey(profileId, field, gone.Id));
            }
        }

        return new ProfileChanges(profileId, changes);
    }

    public static string RetiredKey(string profileId, string field, string id) => $"{profileId}/{field}/{id}";

    private static void Take(DraftRowIn row, BookRow old, List<BookRow> open, HashSet<string> claimed)
    {
        row.Row = row.Row with { Id = old.Id };
        open.Remove(old);
        claimed.Add(old.Id);
    }

    /// <summary>1 for identical texts, 0 for nothing in common.</summary>
    public static double Score(string a, string b)
    {
        var longer = Math.Max(a.Length, b.Length);
        return longer == 0 ? 1 : 1 - ((double)GoalFrames.Canon.Similarity.Distance(a, b) / longer);
    }

    private static string NewId(string text, HashSet<string> claimed, ISet<string> retired, string profileId, string field)
    {
        var words = FileNames.Slug(string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(4)), 40);
        var stem = words.Length > 0 ? words : "row";
        var id = stem;
        for (var n = 2; claimed.Contains(id) || retired.Contains(RetiredKey(profileId, field, id)); n++)
        {
            id = stem + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        return id;
    }
}
