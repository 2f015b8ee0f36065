namespace GoalFrames.Engine.Drafts;

/// <summary>
/// Remembers which deliveries were handled, so a platform's retry of the same event is handled once, even when
/// another instance took the first delivery.
/// </summary>
public interface IDedupeStore
{
    /// <summary>Marks a key as seen.</summary>
    /// <param name="key">The delivery's key, e.g. a Slack event id or a Teams activity id.</param>
    /// <param name="timeToLive">How long the key is remembered.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>True the first time a key is marked; false while it is remembered. An expired key counts as new.</returns>
    Task<bool> TryMarkAsync(string key, TimeSpan timeToLive, CancellationToken cancellationToken);

    /// <summary>Deletes the keys that have expired.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many were deleted.</returns>
    Task<int> PurgeExpiredAsync(CancellationToken cancellationToken);
}
