namespace GoalFrames.CanonTools.Book;

/// <summary>One row of the long shape: where the text belongs, which field, its id (for rows that have one) and the text.</summary>
/// <param name="Family">The family code, or empty for the header and levels.</param>
/// <param name="Focus">The focus code, or empty.</param>
/// <param name="Level">The level code, or empty.</param>
/// <param name="Field">The field (<see cref="BookFields"/>).</param>
/// <param name="Id">The row id, or empty.</param>
/// <param name="Text">The text, verbatim.</param>
public sealed record LongRow(string Family, string Focus, string Level, string Field, string Id, string Text)
{
    /// <summary>The column headers, in order.</summary>
    public static IReadOnlyList<string> Headers { get; } = ["family", "focus", "level", "field", "id", "text"];

    /// <summary>The values in column order.</summary>
    public IReadOnlyList<string> Values => [Family, Focus, Level, Field, Id, Text];
}
