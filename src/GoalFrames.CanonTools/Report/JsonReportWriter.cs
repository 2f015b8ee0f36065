using System.Text.Json;

namespace GoalFrames.CanonTools.Report;

/// <summary>Writes the coverage report as JSON (camelCase, frameworks by their command word).</summary>
public static class JsonReportWriter
{
    /// <summary>The report as JSON.</summary>
    /// <param name="report">The report.</param>
    public static string Write(CoverageReport report) => JsonSerializer.Serialize(report, ReportJsonContext.Default.CoverageReport);
}
