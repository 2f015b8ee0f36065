namespace GoalFrames.Engine.Conversation;

/// <summary>
/// A token bucket per user: a burst of <c>burst</c> answers, refilled at <c>perMinute</c> a minute. Platform-neutral;
/// adapters key it by platform, workspace and user, and answer a refusal with a friendly reply rather than an error.
/// </summary>
public sealed class UserRateLimiter
{
    private readonly Dictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly double _perSecond;
    private readonly int _burst;
    private DateTimeOffset _lastSweep;

    /// <summary>Creates the limiter.</summary>
    /// <param name="perMinute">Sustained answers a minute per user; 0 or less turns the limit off.</param>
    /// <param name="burst">Answers a user may have at once before the rate applies.</param>
    /// <param name="time">The clock.</param>
    public UserRateLimiter(int perMinute, int burst, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _perSecond = perMinute / 60.0;
        _burst = Math.Max(1, burst);
        _time = time;
        _lastSweep = time.GetUtcNow();
    }

    /// <summary>Takes one answer for the user, or says how long until one is free.</summary>
    /// <param name="userKey">Platform, workspace and user, e.g. <c>slack:T1:U1</c>.</param>
    /// <returns>Zero when allowed; otherwise the wait.</returns>
    public TimeSpan TryAcquire(string userKey)
    {
        if (_perSecond <= 0)
        {
            return TimeSpan.Zero;
        }

        var now = _time.GetUtcNow();
        lock (_buckets)
        {
            Sweep(now);
            var bucket = _buckets.TryGetValue(userKey, out var found) ? found : new Bucket(_burst, now);
            var tokens = Math.Min(_burst, bucket.Tokens + ((now - bucket.At).TotalSeconds * _perSecond));
            if (tokens >= 1)
            {
                _buckets[userKey] = new Bucket(tokens - 1, now);
                return TimeSpan.Zero;
            }

            _buckets[userKey] = new Bucket(tokens, now);
            return TimeSpan.FromSeconds(Math.Ceiling((1 - tokens) / _perSecond));
        }
    }

    private void Sweep(DateTimeOffset now)
    {
        var full = TimeSpan.FromSeconds(_burst / _perSecond);
        if (now - _lastSweep < full)
        {
            return;
        }

        foreach (var key in _buckets.Where(kv => now - kv.Value.At >= full).Select(kv => kv.Key).ToList())
        {
            _buckets.Remove(key);
        }

        _lastSweep = now;
    }

    private readonly record struct Bucket(double Tokens, DateTimeOffset At);
}
