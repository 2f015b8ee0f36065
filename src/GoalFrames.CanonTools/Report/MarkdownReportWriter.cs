using System.Text;

namespace GoalFrames.CanonTools.Report;

/// <summary>Writes the coverage report as Markdown.</summary>
public static class MarkdownReportWriter
{
    /// <summary>The report as Markdown.</summary>
    /// <param name="report">The report.</param>
    public static string Write(CoverageReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder();
        md.Append("# Canon coverage: ").Append(Cell(report.CanonName)).Append(" (version ").Append(Cell(report.Version)).Append(", fingerprint ").Append(report.Fingerprint).AppendLine(")").AppendLine();
        md.AppendLine(CoverageFacts.Summary(report)).AppendLine();
        foreach (var family in report.Profiles.GroupBy(p => p.Family))
        {
            foreach (var focus in family.GroupBy(p => p.Focus))
            {
                md.Append("## ").Append(Cell(family.Key)).Append(" / ").AppendLine(Cell(focus.Key)).AppendLine();
                md.AppendLine("| Level | Title | Status | Holds | Yields | Left out |").AppendLine("| --- | --- | --- | --- | --- | --- |");
                foreach (var p in focus)
                {
                    md.Append("| ").Append(p.Level).Append(" | ").Append(Cell(p.Title)).Append(" | ").Append(p.IsDraft ? "**draft**" : "approved")
                        .Append(" | ").Append(CoverageFacts.Holds(p)).Append(" | ").Append(CoverageFacts.Yields(p))
                        .Append(" | ").Append(p.LeftOut.Count == 0 ? "nothing" : string.Join("<br>", CoverageFacts.LeftOut(p).Select(Cell))).AppendLine(" |");
                }

                md.AppendLine();
            }
        }

        md.AppendLine("## Profiles still in draft").AppendLine();
        List(md, report.Drafts.Select(p => p.Id));
        md.AppendLine("## Texts repeated verbatim across levels").AppendLine();
        List(md, report.Repeated.Select(r => $"\"{Cell(r.Text)}\": {string.Join(", ", r.Places)}"));
        md.AppendLine("## Levels without dimensions").AppendLine();
        List(md, report.LevelsWithoutDimensions);
        return md.ToString();
    }

    private static void List(StringBuilder md, IEnumerable<string> items)
    {
        var any = false;
        foreach (var item in items)
        {
            md.Append("- ").AppendLine(item);
            any = true;
        }

        md.AppendLine(any ? string.Empty : "None.\n");
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
