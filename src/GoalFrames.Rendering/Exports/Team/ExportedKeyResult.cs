namespace GoalFrames.Rendering.Exports.Team;

/// <summary>One key result of an exported objective.</summary>
/// <param name="Title">The key result as the sheet shows it, with the manager's values in place.</param>
/// <param name="Source">What in the canon backs it, e.g. <c>level dimension (Scope)</c>.</param>
public sealed record ExportedKeyResult(string Title, string Source);
