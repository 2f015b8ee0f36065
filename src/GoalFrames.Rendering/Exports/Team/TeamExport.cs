namespace GoalFrames.Rendering.Exports.Team;

/// <summary>An export file of people's goals.</summary>
/// <param name="FileName">A file name, e.g. <c>goals-cultureamp.csv</c>.</param>
/// <param name="MediaType">Its media type, e.g. <c>text/csv</c>.</param>
/// <param name="Content">The file's text (UTF-8 when written).</param>
/// <param name="Summary">What is in it and what could not be.</param>
public sealed record TeamExport(string FileName, string MediaType, string Content, TeamExportSummary Summary);
