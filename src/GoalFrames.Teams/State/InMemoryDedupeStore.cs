using System.Collections.Concurrent;
using GoalFrames.Engine.Drafts;

namespace GoalFrames.Teams.State;

/// <summary>
/// Activity ids seen by this process, each remembered for its time to live. Used when the host registers no shared
/// <see cref="IDedupeStore"/> (one instance, e.g. local development); expired keys are swept as new ones arrive.
/// </summary>
internal sealed class InMemoryDedupeStore(TimeProvider time) : IDedupeStore
{
    private const int SweepEvery = 256;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _expiries = new(StringComparer.Ordinal);
    private int _marks;

    public Task<bool> TryMarkAsync(string key, TimeSpan timeToLive, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (Interlocked.Increment(ref _marks) % SweepEvery == 0)
        {
            Sweep(now);
        }

        var expiry = now + timeToLive;
        while (true)
        {
            if (_expiries.TryAdd(key, expiry))
            {
                return Task.FromResult(true);
            }

            if (_expiries.TryGetValue(key, out var current))
            {
                if (current > now)
                {
                    return Task.FromResult(false);
                }

                if (_expiries.TryUpdate(key, expiry, current))
                {
                    return Task.FromResult(true);
                }
            }
        }
    }

    public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken) => Task.FromResult(Sweep(time.GetUtcNow()));

    private int Sweep(DateTimeOffset now)
    {
        var removed = 0;
        foreach (var (key, expiry) in _expiries)
        {
            if (expiry <= now && _expiries.TryRemove(new KeyValuePair<string, DateTimeOffset>(key, expiry)))
            {
                removed++;
            }
        }

        return removed;
    }
}
