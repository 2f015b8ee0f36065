using GoalFrames.Slack.Api;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GoalFrames.Slack.Tests;

public sealed class ChannelPacerTests
{
    [Fact]
    public async Task WaitTurn_SecondMessageToTheSameChannel_WaitsOneSecond()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var pacer = new ChannelPacer(time, Options.Create(new SlackOptions()));

        await pacer.WaitTurnAsync("C1", TestContext.Current.CancellationToken);
        var second = pacer.WaitTurnAsync("C1", TestContext.Current.CancellationToken);
        var otherChannel = pacer.WaitTurnAsync("C2", TestContext.Current.CancellationToken);

        Assert.True(otherChannel.IsCompleted);
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await second;
    }
}
