using GoalFrames.Hosting;
using Microsoft.Extensions.Logging;

namespace GoalFrames.Slack.Events;

/// <summary>
/// Events are acknowledged at once and answered here afterwards by <see cref="SlackEventWorker"/>, so Slack never waits
/// (and never retries) on GoalFrames' work. The shared <see cref="SupervisedWork"/> (loop <c>slack-events</c>): one
/// event that fails is logged and counted, and the next is answered.
/// </summary>
internal sealed class SlackEventQueue(SlackEventWorker worker, ILogger<SlackEventQueue> logger) : SupervisedWork("slack-events", logger)
{
    public bool TryEnqueue(SlackEventEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        return TryEnqueue($"event {envelope.Event?.Type} ({envelope.EventId})", ct => worker.HandleAsync(envelope, ct));
    }
}
