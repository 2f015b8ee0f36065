namespace GoalFrames.CanonTools.Book;

/// <summary>One text row with its stable id (for rubrics and dimensions the id is the YAML key).</summary>
/// <param name="Id">The row id.</param>
/// <param name="Text">The text, verbatim.</param>
public sealed record BookRow(string Id, string Text);
