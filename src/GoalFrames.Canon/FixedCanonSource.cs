namespace GoalFrames.Canon;

/// <summary>A canon source that never changes: the command line, tests, and hosts with reload turned off.</summary>
/// <param name="canon">The canon.</param>
public sealed class FixedCanonSource(ICanon canon) : ICanonSource
{
    /// <inheritdoc />
    public ICanon Current { get; } = canon;
}
