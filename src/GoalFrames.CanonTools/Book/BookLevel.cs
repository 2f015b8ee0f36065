namespace GoalFrames.CanonTools.Book;

/// <summary>One level of <c>levels.yaml</c>.</summary>
/// <param name="Code">The level code.</param>
/// <param name="Title">The title.</param>
/// <param name="Track">The track as written (<c>professional</c>).</param>
/// <param name="Rank">The rank as written.</param>
/// <param name="TypicalYears">Typical years, or null.</param>
/// <param name="Summary">The summary, or null.</param>
/// <param name="Dimensions">The dimensions in file order, keyed by their YAML key.</param>
/// <param name="Comments">Comment lines written just above the level.</param>
public sealed record BookLevel(
    string Code,
    string Title,
    string Track,
    string Rank,
    string? TypicalYears,
    string? Summary,
    IReadOnlyList<BookRow> Dimensions,
    IReadOnlyList<string> Comments);
