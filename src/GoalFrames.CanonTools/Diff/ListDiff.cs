using GoalFrames.CanonTools.Book;

namespace GoalFrames.CanonTools.Diff;

/// <summary>Compares two lists of id'd rows: added, removed, reworded, and re-ordered (off the longest common order).</summary>
internal static class ListDiff
{
    public static IEnumerable<(ChangeKind Kind, string Id, string? Old, string? New)> Rows(IReadOnlyList<BookRow> before, IReadOnlyList<BookRow> after)
    {
        var old = before.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var now = after.ToDictionary(r => r.Id, StringComparer.Ordinal);
        foreach (var row in after)
        {
            if (!old.TryGetValue(row.Id, out var was))
            {
                yield return (ChangeKind.Added, row.Id, null, row.Text);
            }
            else if (!string.Equals(was.Text, row.Text, StringComparison.Ordinal))
            {
                yield return (ChangeKind.Reworded, row.Id, was.Text, row.Text);
            }
        }

        foreach (var row in before.Where(r => !now.ContainsKey(r.Id)))
        {
            yield return (ChangeKind.Removed, row.Id, row.Text, null);
        }

        var a = before.Where(r => now.ContainsKey(r.Id)).Select(r => r.Id).ToList();
        var b = after.Where(r => old.ContainsKey(r.Id)).Select(r => r.Id).ToList();
        var kept = LongestCommon(a, b);
        foreach (var id in b.Where(id => !kept.Contains(id)))
        {
            yield return (ChangeKind.Reordered, id, old[id].Text, now[id].Text);
        }
    }

    private static HashSet<string> LongestCommon(List<string> a, List<string> b)
    {
        var table = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                table[i, j] = a[i] == b[j] ? table[i + 1, j + 1] + 1 : Math.Max(table[i + 1, j], table[i, j + 1]);
            }
        }

        var kept = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0, j = 0; i < a.Count && j < b.Count;)
        {
            if (a[i] == b[j])
            {
                kept.Add(a[i]);
                i++;
                j++;
            }
            else if (table[i + 1, j] >= table[i, j + 1])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return kept;
    }
}
