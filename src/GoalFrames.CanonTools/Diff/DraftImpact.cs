using GoalFrames.Canon;
using GoalFrames.Engine.Drafts;

namespace GoalFrames.CanonTools.Diff;

/// <summary>
/// Which saved drafts a new canon would mark superseded, row by row, using <see cref="DraftDrift"/> exactly as the
/// chat does: a draft row is touched when it drifts against the new canon in a way it did not against the old one.
/// </summary>
internal static class DraftImpact
{
    /// <summary>For each canon address (<c>CanonRef.ToString()</c>), how many drafts it touches.</summary>
    public static Dictionary<string, int> Count(IReadOnlyList<Draft> drafts, ICanon oldCanon, ICanon newCanon)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var draft in drafts)
        {
            var before = DraftDrift.Check(draft, oldCanon).Rows;
            var after = DraftDrift.Check(draft, newCanon).Rows;
            var touched = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < after.Count; i++)
            {
                if (after[i] is not RowDrift.Unchanged && !Same(before[i], after[i]))
                {
                    touched.Add(after[i].Row.Ref.ToString());
                }
            }

            foreach (var key in touched)
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        return counts;
    }

    private static bool Same(RowDrift before, RowDrift after) => (before, after) switch
    {
        (RowDrift.Removed, RowDrift.Removed) => true,
        (RowDrift.Changed b, RowDrift.Changed a) => string.Equals(b.CurrentText, a.CurrentText, StringComparison.Ordinal),
        _ => false,
    };
}
