namespace GoalFrames.Engine.Resolution;

/// <summary>A did-you-mean candidate.</summary>
/// <param name="Word">The word to type instead.</param>
/// <param name="Description">What it names, e.g. the focus name.</param>
/// <param name="Distance">Edits away from what was typed.</param>
public sealed record Suggestion(string Word, string Description, int Distance);
