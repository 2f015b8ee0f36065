namespace GoalFrames.Conversation;

/// <summary>
/// The per-user limit every entry point takes from. The default keeps its buckets in this process; with a store shared by
/// several instances, the store's limiter holds the limit across all of them.
/// </summary>
public interface IUserLimiter
{
    /// <summary>Takes one request for the person, or says how long until one is free.</summary>
    /// <param name="requester">The person's key (<see cref="ConversationRequest.Requester"/>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Zero when allowed; otherwise the wait.</returns>
    Task<TimeSpan> TryAcquireAsync(string requester, CancellationToken cancellationToken);
}
