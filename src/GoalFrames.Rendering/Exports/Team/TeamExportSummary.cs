namespace GoalFrames.Rendering.Exports.Team;

/// <summary>What went into an export file and what could not, for the answer in chat and the command line's report.</summary>
/// <param name="People">People in the file.</param>
/// <param name="Goals">Goals in the file.</param>
/// <param name="MissingEmail">
/// Names of people left out of a goal tool's file because neither the draft nor the platform gave their email (JSON,
/// CSV and Markdown keep them).
/// </param>
/// <param name="GoalsWithBlanks">Goals in the file that still show an unfilled placeholder.</param>
/// <param name="AboutNobody">Drafts about nobody, which are not exported: a goal tool needs a person to own each goal.</param>
/// <param name="ProfileRemoved">Drafts whose profile the canon no longer has, so there is no sheet to export.</param>
public sealed record TeamExportSummary(
    int People,
    int Goals,
    IReadOnlyList<string> MissingEmail,
    int GoalsWithBlanks,
    int AboutNobody,
    int ProfileRemoved);
