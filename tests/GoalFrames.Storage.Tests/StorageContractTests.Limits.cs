using GoalFrames.Conversation;
using GoalFrames.Storage.Stores;

namespace GoalFrames.Storage.Tests;

/// <summary>The per-user limit held in the store: one bucket per person, shared by every instance on the database.</summary>
public abstract partial class StorageContractTests
{
    [Fact]
    public async Task UserLimit_AcrossTwoInstances_AllowsTheBurstOnceThenSaysHowLongToWait()
    {
        var limits = new UserLimits(PerMinute: 60, Burst: 3);
        var first = new SqlUserLimiter(Database, limits);
        var second = new SqlUserLimiter(Backend.Open(Time), limits);

        var waits = new List<TimeSpan>();
        foreach (var limiter in new[] { first, second, first, second })
        {
            waits.Add(await limiter.TryAcquireAsync("slack/T1/U1", Cancel));
        }

        Assert.Equal([TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero], waits.Take(3));
        Assert.InRange(waits[3], TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(1.1));
        Assert.Equal(TimeSpan.Zero, await first.TryAcquireAsync("slack/T1/U2", Cancel));

        Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.Zero, await second.TryAcquireAsync("slack/T1/U1", Cancel));
        Assert.NotEqual(TimeSpan.Zero, await first.TryAcquireAsync("slack/T1/U1", Cancel));
    }

    [Fact]
    public async Task UserLimit_UnderConcurrentRequestsFromTwoInstances_GrantsExactlyTheBurst()
    {
        var limits = new UserLimits(PerMinute: 1, Burst: 5);
        var instances = new IUserLimiter[] { new SqlUserLimiter(Database, limits), new SqlUserLimiter(Backend.Open(Time), limits) };

        var waits = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => instances[i % 2].TryAcquireAsync("teams/t/u", Cancel), Cancel)));

        Assert.Equal(5, waits.Count(w => w == TimeSpan.Zero));
    }
}
