using System.Globalization;
using GoalFrames.CanonTools.Import;

namespace GoalFrames.Host.Cli;

/// <summary>Prints an import's change report: one line per changed profile with its changed rows (a new profile's rows are only counted), then the totals.</summary>
internal static class ChangeReportWriter
{
    public static void Write(IReadOnlyList<ProfileChanges> changes, TextWriter output)
    {
        foreach (var profile in changes.Where(p => p.HasChanges))
        {
            output.WriteLine($"{profile.ProfileId}: {N(profile.Count(RowChangeKind.Added))} added, {N(profile.Count(RowChangeKind.Reworded))} reworded, {N(profile.Count(RowChangeKind.Removed))} removed, {N(profile.Count(RowChangeKind.Unchanged))} unchanged");
            var isNew = profile.Rows.All(r => r.Kind == RowChangeKind.Added);
            foreach (var row in profile.Rows.Where(r => r.Kind != RowChangeKind.Unchanged && !isNew))
            {
                var how = row.How is null ? string.Empty : $" ({row.How})";
                output.WriteLine($"  {row.Kind.ToString().ToLowerInvariant()} {row.Field}/{row.Id}: {row.Text}{how}");
            }
        }

        var unchanged = changes.Count(p => !p.HasChanges);
        output.WriteLine($"{N(changes.Count(p => p.HasChanges))} profiles changed, {N(unchanged)} unchanged");
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
