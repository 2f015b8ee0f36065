namespace GoalFrames.Rendering.Exports.Team;

/// <summary>A goal's canon source in the JSON export.</summary>
/// <param name="ProfileId">The profile (or growth pair) id.</param>
/// <param name="RowId">The row id.</param>
/// <param name="CanonRef">The row's canon address.</param>
/// <param name="Label">The source as the sheet names it.</param>
/// <param name="CanonVersion">The canon version the draft was saved with.</param>
internal sealed record SourceDocument(string ProfileId, string RowId, string CanonRef, string Label, string CanonVersion);
