namespace GoalFrames.Canon;

/// <summary>A level's text for one dimension, e.g. M5 scope: "Multiple functions or a large department".</summary>
/// <param name="Kind">Which dimension.</param>
/// <param name="Row">The canon row holding the text.</param>
public sealed record LevelDimension(DimensionKind Kind, CanonRow Row);
