using Microsoft.Extensions.Logging;

namespace GoalFrames.Conversation.Reminders;

/// <summary>
/// Runs a reminder round at start and every <see cref="ReminderOptions.CheckInterval"/> until cancelled. A failed round
/// (store down) is logged and the next one tries again; only cancellation ends the loop.
/// </summary>
/// <param name="runner">The rounds.</param>
/// <param name="options">The settings.</param>
/// <param name="time">The clock the interval is measured on.</param>
/// <param name="logger">The log.</param>
public sealed partial class ReminderLoop(ReminderRunner runner, ReminderOptions options, TimeProvider time, ILogger<ReminderLoop> logger)
{
    /// <summary>Runs rounds until cancelled; returns (never throws) when cancelled.</summary>
    /// <param name="cancellationToken">Ends the loop.</param>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runner);
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await runner.RunOnceAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                LogRoundFailed(logger, e);
            }

            try
            {
                await Task.Delay(options.CheckInterval, time, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A reminder round failed; the next round tries again")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
