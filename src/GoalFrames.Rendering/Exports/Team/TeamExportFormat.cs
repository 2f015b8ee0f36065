namespace GoalFrames.Rendering.Exports.Team;

/// <summary>The files a team's (or everyone's) goals can be exported as.</summary>
public enum TeamExportFormat
{
    /// <summary>Culture Amp's individual goals import: one row per goal, key results as <c>key_result_N_title</c>.</summary>
    CultureAmp,

    /// <summary>Betterworks' OKR upload: one row per goal, each followed by its milestones (key results).</summary>
    Betterworks,

    /// <summary>One JSON document per person, every goal with its canon source.</summary>
    Json,

    /// <summary>GoalFrames' own CSV, one row per goal line, with the person and profile in front.</summary>
    Csv,

    /// <summary>CommonMark, one heading per person.</summary>
    Markdown,
}
