using System.Globalization;
using GoalFrames.Rendering.Exports.Team;

namespace GoalFrames.Host.Cli;

/// <summary>What <c>goalframes export</c> reports after writing: counts, who has no email, and what still shows a placeholder.</summary>
internal static class ExportSummaryText
{
    public static IEnumerable<string> Lines(TeamExport export, string target, ExportCycle? cycle)
    {
        var summary = export.Summary;
        yield return $"ok: wrote {N(summary.Goals)} goals of {N(summary.People)} people to {target}{(cycle is null ? string.Empty : $" ({cycle})")}";
        if (summary.MissingEmail.Count > 0)
        {
            yield return $"warning: left out, no email known: {string.Join(", ", summary.MissingEmail)}; their goals are in the json, csv and markdown exports";
        }

        if (summary.GoalsWithBlanks > 0)
        {
            yield return $"warning: {N(summary.GoalsWithBlanks)} goals still show an unfilled placeholder (⟨…⟩)";
        }

        if (summary.AboutNobody > 0)
        {
            yield return $"note: {N(summary.AboutNobody)} drafts about nobody are not exported; a goal tool needs a person to own each goal";
        }

        if (summary.ProfileRemoved > 0)
        {
            yield return $"warning: {N(summary.ProfileRemoved)} drafts are of profiles the canon no longer has, and are not exported";
        }
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
