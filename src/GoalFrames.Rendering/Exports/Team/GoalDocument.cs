namespace GoalFrames.Rendering.Exports.Team;

/// <summary>One goal in the JSON export.</summary>
/// <param name="Framework">The framework word (<c>smart</c>, <c>okr</c>, …).</param>
/// <param name="Name">The goal's headline.</param>
/// <param name="Lines">Its labelled lines.</param>
/// <param name="KeyResults">Its key results (OKRs).</param>
/// <param name="Category">The scorecard perspective, or null.</param>
/// <param name="Due">The goal's <c>YYYY-MM-DD</c> date, or null.</param>
/// <param name="Blanks">Placeholders still unfilled.</param>
/// <param name="Source">Where the wording came from.</param>
/// <param name="CreatedAt">When the draft was first saved.</param>
/// <param name="UpdatedAt">When the draft was last saved.</param>
internal sealed record GoalDocument(
    string Framework,
    string Name,
    IReadOnlyList<ExportedLine> Lines,
    IReadOnlyList<ExportedKeyResult> KeyResults,
    string? Category,
    string? Due,
    IReadOnlyList<string> Blanks,
    SourceDocument Source,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
