namespace GoalFrames.CanonTools.Book;

/// <summary>One family file.</summary>
/// <param name="File">The file name under <c>families/</c>.</param>
/// <param name="Code">The family code.</param>
/// <param name="Name">The family name.</param>
/// <param name="Comments">The comment lines at the top of the file.</param>
/// <param name="Focuses">The focuses in file order.</param>
public sealed record BookFamily(string File, string Code, string Name, IReadOnlyList<string> Comments, IReadOnlyList<BookFocus> Focuses);
