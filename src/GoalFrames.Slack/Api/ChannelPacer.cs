using Microsoft.Extensions.Options;

namespace GoalFrames.Slack.Api;

/// <summary>Spaces out messages to one channel (Slack allows about one a second per channel), without holding a lock while waiting.</summary>
internal sealed class ChannelPacer(TimeProvider time, IOptions<SlackOptions> options)
{
    private readonly Dictionary<string, DateTimeOffset> _next = new(StringComparer.Ordinal);

    public Task WaitTurnAsync(string channel, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        DateTimeOffset slot;
        lock (_next)
        {
            slot = _next.TryGetValue(channel, out var next) && next > now ? next : now;
            _next[channel] = slot + options.Value.ChannelPacing;
        }

        var wait = slot - now;
        return wait <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(wait, time, cancellationToken);
    }
}
