namespace GoalFrames.CanonTools.Book;

/// <summary>One focus of a family.</summary>
/// <param name="Code">The focus code.</param>
/// <param name="Name">The focus name.</param>
/// <param name="Description">The description.</param>
/// <param name="Aliases">The chat aliases, in order.</param>
/// <param name="Profiles">The profiles in file order.</param>
public sealed record BookFocus(string Code, string Name, string Description, IReadOnlyList<string> Aliases, IReadOnlyList<BookProfile> Profiles);
