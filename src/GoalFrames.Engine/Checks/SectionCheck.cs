namespace GoalFrames.Engine.Checks;

/// <summary>The checks of one framework section.</summary>
/// <param name="Kind">The framework.</param>
/// <param name="Goals">One check per goal item, in the section's order.</param>
public sealed record SectionCheck(FrameKind Kind, IReadOnlyList<GoalCheck> Goals)
{
    /// <summary>The section's roll-up.</summary>
    public CheckRollup Rollup => CheckRollup.Of(Goals);
}
