using System.Text.Json;
using System.Text.Json.Serialization;

namespace GoalFrames.CanonTools.Report;

/// <summary>Writes the coverage report as JSON (camelCase, frameworks by their command word).</summary>
public static class JsonReportWriter
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>The report as JSON.</summary>
    /// <param name="report">The report.</param>
    public static string Write(CoverageReport report) => JsonSerializer.Serialize(report, Options);
}
