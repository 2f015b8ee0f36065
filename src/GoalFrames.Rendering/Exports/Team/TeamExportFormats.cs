namespace GoalFrames.Rendering.Exports.Team;

/// <summary>The words people type for each export format (<c>cultureamp</c>, <c>betterworks</c>, <c>json</c>, <c>csv</c>, <c>markdown</c>).</summary>
public static class TeamExportFormats
{
    /// <summary>The format words, as help and mistakes list them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["cultureamp", "betterworks", "json", "csv", "markdown"];

    /// <summary>The format's word.</summary>
    /// <param name="format">The format.</param>
    public static string Keyword(this TeamExportFormat format) => Names[(int)format];

    /// <summary>Reads a format word (case-insensitive; <c>culture-amp</c> and <c>md</c> are accepted too), or null.</summary>
    /// <param name="word">The word.</param>
    public static TeamExportFormat? Parse(string? word) => word?.Trim().ToLowerInvariant() switch
    {
        "cultureamp" or "culture-amp" or "culture_amp" => TeamExportFormat.CultureAmp,
        "betterworks" => TeamExportFormat.Betterworks,
        "json" => TeamExportFormat.Json,
        "csv" => TeamExportFormat.Csv,
        "markdown" or "md" => TeamExportFormat.Markdown,
        _ => null,
    };
}
