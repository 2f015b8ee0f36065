using System.Threading.Channels;

namespace GoalFrames.Teams.Turns;

/// <summary>
/// Work to do after answering Teams: the endpoint answers at once (Teams retries what takes over 15 s) and the
/// replies go out through the connector from <see cref="TurnWorker"/>. Bounded, so a flood is refused rather than queued.
/// </summary>
internal sealed class TurnQueue
{
    public const int Capacity = 1024;

    private readonly Channel<TurnWork> _channel = Channel.CreateBounded<TurnWork>(new BoundedChannelOptions(Capacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = true,
    });

    public ChannelReader<TurnWork> Reader => _channel.Reader;

    /// <summary>Queues work; false when the queue is full or closed (the host is stopping).</summary>
    public bool TryEnqueue(string description, Func<CancellationToken, Task> work) => _channel.Writer.TryWrite(new TurnWork(description, work));

    public void Complete() => _channel.Writer.TryComplete();
}
