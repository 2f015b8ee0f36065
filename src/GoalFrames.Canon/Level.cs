namespace GoalFrames.Canon;

/// <summary>A level, generic across families (<c>M5</c> → Senior Director).</summary>
/// <param name="Code">The level code, e.g. <c>M5</c>.</param>
/// <param name="Title">The level title, e.g. <c>Senior Director</c>.</param>
/// <param name="Track">The career track.</param>
/// <param name="Rank">The rank within the track.</param>
/// <param name="TypicalYears">Typical years of experience, when the canon says.</param>
/// <param name="Summary">A summary, when the canon has one.</param>
/// <param name="Dimensions">The dimensions the canon defines for this level, in framework order.</param>
public sealed record Level(
    string Code,
    string Title,
    LevelTrack Track,
    int Rank,
    string? TypicalYears,
    string? Summary,
    IReadOnlyList<LevelDimension> Dimensions)
{
    /// <summary>The dimension of the given kind, or null when the canon lacks it.</summary>
    public LevelDimension? Dimension(DimensionKind kind) => Dimensions.FirstOrDefault(d => d.Kind == kind);
}
