using GoalFrames.Engine.Conversation;

namespace GoalFrames.Conversation;

/// <summary>The per-user limit kept in this process (one instance, or a store that is not shared).</summary>
/// <param name="limiter">The token buckets.</param>
internal sealed class InProcessUserLimiter(UserRateLimiter limiter) : IUserLimiter
{
    public Task<TimeSpan> TryAcquireAsync(string requester, CancellationToken cancellationToken) => Task.FromResult(limiter.TryAcquire(requester));
}
