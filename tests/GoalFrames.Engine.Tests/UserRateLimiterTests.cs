using GoalFrames.Engine.Conversation;
using Microsoft.Extensions.Time.Testing;

namespace GoalFrames.Engine.Tests;

public sealed class UserRateLimiterTests
{
    [Fact]
    public void TryAcquire_BurstThenRate_RefusesWithTheWaitAndRefills()
    {
        var time = new FakeTimeProvider();
        var limiter = new UserRateLimiter(perMinute: 30, burst: 3, time);

        Assert.All(Enumerable.Range(0, 3), _ => Assert.Equal(TimeSpan.Zero, limiter.TryAcquire("slack:T1:U1")));
        Assert.Equal(TimeSpan.FromSeconds(2), limiter.TryAcquire("slack:T1:U1"));
        Assert.Equal(TimeSpan.Zero, limiter.TryAcquire("slack:T1:U2"));

        time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(TimeSpan.Zero, limiter.TryAcquire("slack:T1:U1"));
        Assert.NotEqual(TimeSpan.Zero, limiter.TryAcquire("slack:T1:U1"));
    }

    [Fact]
    public void TryAcquire_LimitOff_AlwaysAllows()
    {
        var limiter = new UserRateLimiter(perMinute: 0, burst: 1, new FakeTimeProvider());

        Assert.All(Enumerable.Range(0, 100), _ => Assert.Equal(TimeSpan.Zero, limiter.TryAcquire("u")));
    }
}
