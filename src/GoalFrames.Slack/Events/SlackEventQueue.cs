using System.Threading.Channels;

namespace GoalFrames.Slack.Events;

/// <summary>
/// Events are acknowledged at once and handled here afterwards, so Slack never waits (and never retries) on GoalFrames'
/// work. Bounded: when it is full the oldest waiting event is dropped rather than the request held.
/// </summary>
internal sealed class SlackEventQueue
{
    private readonly Channel<SlackEventEnvelope> _channel = Channel.CreateBounded<SlackEventEnvelope>(
        new BoundedChannelOptions(1024) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    public bool TryEnqueue(SlackEventEnvelope envelope) => _channel.Writer.TryWrite(envelope);

    public IAsyncEnumerable<SlackEventEnvelope> ReadAllAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAllAsync(cancellationToken);
}
