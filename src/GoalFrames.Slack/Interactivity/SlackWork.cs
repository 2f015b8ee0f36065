using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GoalFrames.Slack.Interactivity;

/// <summary>
/// Work that follows an acknowledgement (posting several DM messages, say): Slack gets its answer within 3 seconds and
/// the slower calls run here, one at a time, each failure logged rather than lost silently.
/// </summary>
internal sealed partial class SlackWork(ILogger<SlackWork> logger) : BackgroundService
{
    private readonly Channel<(string What, Func<CancellationToken, Task> Work)> _queue =
        Channel.CreateBounded<(string, Func<CancellationToken, Task>)>(new BoundedChannelOptions(1024) { FullMode = BoundedChannelFullMode.Wait });

    public bool TryEnqueue(string what, Func<CancellationToken, Task> work) => _queue.Writer.TryWrite((what, work));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (what, work) in _queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await work(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, ex, what);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack follow-up '{What}' failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string what);
}
