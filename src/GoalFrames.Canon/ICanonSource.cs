namespace GoalFrames.Canon;

/// <summary>
/// Where the canon currently served comes from. A reloading source swaps in a new snapshot atomically; readers take
/// <see cref="Current"/> once per request and use that snapshot throughout, so one answer never mixes two canons.
/// </summary>
public interface ICanonSource
{
    /// <summary>The canon being served now.</summary>
    ICanon Current { get; }
}
