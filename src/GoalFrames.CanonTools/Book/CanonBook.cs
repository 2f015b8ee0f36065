namespace GoalFrames.CanonTools.Book;

/// <summary>
/// A canon as its files hold it, in file order, with the comments HR or developers wrote above the header, the levels
/// and each family. It is what the spreadsheet carries and what the YAML writer writes back.
/// </summary>
/// <param name="Header">The header (<c>canon.yaml</c>).</param>
/// <param name="LevelsComments">The comment lines at the top of <c>levels.yaml</c>.</param>
/// <param name="Levels">The levels in file order.</param>
/// <param name="Families">The families in file-name order.</param>
public sealed record CanonBook(BookHeader Header, IReadOnlyList<string> LevelsComments, IReadOnlyList<BookLevel> Levels, IReadOnlyList<BookFamily> Families);
