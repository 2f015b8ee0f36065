using System.Text;
using static System.Net.WebUtility;

namespace GoalFrames.CanonTools.Report;

/// <summary>
/// Writes the coverage report as one self-contained HTML page: inline styles, no scripts, no external assets (its
/// content security policy forbids loading any), so it can be mailed or opened from a file share.
/// </summary>
public static class HtmlReportWriter
{
    private const string Style = """
        body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px;color:#1b1f24;background:#fff}
        h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}.meta{color:#57606a;margin-bottom:16px}
        .cards{display:flex;gap:12px;flex-wrap:wrap;margin:12px 0 8px}.card{border:1px solid #d0d7de;border-radius:8px;padding:10px 14px;min-width:150px}
        .card b{display:block;font-size:22px}.warn b{color:#9a6700}.bad b{color:#cf222e}
        table{border-collapse:collapse;width:100%;margin-bottom:8px;table-layout:fixed}th:nth-child(1){width:6%}th:nth-child(2){width:16%}th:nth-child(3){width:25%}th:nth-child(4){width:15%}th,td{border:1px solid #d0d7de;padding:6px 8px;text-align:left;vertical-align:top}
        th{background:#f6f8fa}.fw{display:inline-block;border-radius:10px;padding:1px 8px;margin:1px;background:#dafbe1;color:#116329;font-size:12px}
        .draft{background:#fff8c5;color:#9a6700;border-radius:10px;padding:1px 8px;font-size:12px}.out{color:#cf222e}ul{margin:4px 0;padding-left:18px}
        """;

    /// <summary>The report as an HTML page.</summary>
    /// <param name="report">The report.</param>
    public static string Write(CoverageReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
            .Append("<title>Canon coverage: ").Append(HtmlEncode(report.CanonName)).Append("</title><style>").Append(Style).Append("</style></head><body>");
        html.Append("<h1>Canon coverage: ").Append(HtmlEncode(report.CanonName)).Append("</h1><div class=\"meta\">version ")
            .Append(HtmlEncode(report.Version)).Append(" · fingerprint ").Append(report.Fingerprint).Append("</div>");
        html.Append("<div class=\"cards\">")
            .Append(Card("profiles", report.Profiles.Count, string.Empty))
            .Append(Card("with something left out", report.Profiles.Count(p => p.LeftOut.Count > 0), "bad"))
            .Append(Card("in draft", report.Drafts.Count(), "warn"))
            .Append(Card("texts repeated across levels", report.Repeated.Count, "warn"))
            .Append(Card("levels without dimensions", report.LevelsWithoutDimensions.Count, "warn"))
            .Append("</div>");
        foreach (var family in report.Profiles.GroupBy(p => p.Family))
        {
            foreach (var focus in family.GroupBy(p => p.Focus))
            {
                html.Append("<h2>").Append(HtmlEncode(family.Key)).Append(" / ").Append(HtmlEncode(focus.Key)).Append("</h2>")
                    .Append("<table><tr><th>Level</th><th>Title</th><th>Holds</th><th>Yields</th><th>Left out, and why</th></tr>");
                foreach (var p in focus)
                {
                    html.Append("<tr><td>").Append(HtmlEncode(p.Level)).Append("</td><td>").Append(HtmlEncode(p.Title))
                        .Append(p.IsDraft ? " <span class=\"draft\">draft</span>" : string.Empty)
                        .Append("</td><td>").Append(HtmlEncode(CoverageFacts.Holds(p))).Append("</td><td>")
                        .Append(p.Yields.Count == 0 ? "nothing" : string.Concat(p.Yields.Select(k => $"<span class=\"fw\">{CoverageFacts.Name(k)}</span>")))
                        .Append("</td><td>").Append(p.LeftOut.Count == 0 ? "nothing" : "<ul class=\"out\">" + string.Concat(CoverageFacts.LeftOut(p).Select(o => $"<li>{HtmlEncode(o)}</li>")) + "</ul>")
                        .Append("</td></tr>");
                }

                html.Append("</table>");
            }
        }

        Section(html, "Profiles still in draft", report.Drafts.Select(p => p.Id));
        Section(html, "Texts repeated verbatim across levels", report.Repeated.Select(r => $"“{r.Text}” at {string.Join(", ", r.Places)}"));
        Section(html, "Levels without dimensions", report.LevelsWithoutDimensions);
        return html.Append("</body></html>\n").ToString();
    }

    private static string Card(string label, int count, string kind) =>
        $"<div class=\"card {kind}\"><b>{CoverageFacts.N(count)}</b>{HtmlEncode(label)}</div>";

    private static void Section(StringBuilder html, string title, IEnumerable<string> items)
    {
        var list = items.ToList();
        html.Append("<h2>").Append(HtmlEncode(title)).Append("</h2>")
            .Append(list.Count == 0 ? "<p>None.</p>" : "<ul>" + string.Concat(list.Select(i => $"<li>{HtmlEncode(i)}</li>")) + "</ul>");
    }
}
