namespace GoalFrames.CanonTools.Book;

/// <summary>The canon's header.</summary>
/// <param name="Name">The canon's name.</param>
/// <param name="Version">The version HR declares.</param>
/// <param name="Comments">The comment lines at the top of <c>canon.yaml</c>, without their <c>#</c>.</param>
public sealed record BookHeader(string Name, string Version, IReadOnlyList<string> Comments)
{
    /// <summary>The review cycle's values as written (<c>name</c>, <c>start</c>, <c>end</c>, <c>goals_due</c>), or empty when the canon declares none.</summary>
    public IReadOnlyList<BookRow> ReviewCycle { get; init; } = [];
}
