using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace GoalFrames.Testing;

/// <summary>
/// A fake clock that tells the test when code starts waiting on it: every timer created on it (a
/// <c>Task.Delay(…, timeProvider, …)</c>, a <c>PeriodicTimer</c>) lets one <see cref="WaitForTimerAsync"/> through, once
/// the timer exists. A test that moves the clock on after each such wait wakes a background loop without guessing
/// when the loop got there.
/// </summary>
internal sealed class WaitedTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly Channel<TimeSpan> _timers = Channel.CreateUnbounded<TimeSpan>();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _timers.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>Waits until a timer not waited for yet has been created; fails after 10 s of real time.</summary>
    public async Task WaitForTimerAsync(CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(10));
        try
        {
            await _timers.Reader.ReadAsync(limit.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException("nothing started waiting on the fake clock within 10 s");
        }
    }
}
