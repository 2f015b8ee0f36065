using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;

namespace GoalFrames.Hosting;

/// <summary>
/// What every background loop does with a failed item: log it, count it and carry on. One log line
/// (<c>Background {Loop}: {Item} failed; carrying on</c>) and one counter (<c>goalframes.background.failures</c>, by
/// loop and exception type) for all of them, so an operator watches one thing.
/// </summary>
public static partial class BackgroundFailures
{
    /// <summary>The meter name.</summary>
    public const string MeterName = "GoalFrames.Hosting";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Failures = Meter.CreateCounter<long>(
        "goalframes.background.failures", unit: "{item}", description: "Background items that failed and were skipped, by loop and error");

    private static readonly Counter<long> Rejections = Meter.CreateCounter<long>(
        "goalframes.background.rejected", unit: "{item}", description: "Work refused because its queue was full or the host was stopping, by loop");

    /// <summary>Logs and counts one failed item.</summary>
    /// <param name="logger">The loop's logger.</param>
    /// <param name="loop">The loop's name, e.g. <c>slack-events</c>.</param>
    /// <param name="item">What failed, for the log.</param>
    /// <param name="exception">Why.</param>
    public static void Record(ILogger logger, string loop, string item, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        Failures.Add(1, new KeyValuePair<string, object?>("loop", loop), new KeyValuePair<string, object?>("error", exception.GetType().Name));
        LogFailed(logger, exception, loop, item);
    }

    /// <summary>Logs and counts work a queue refused.</summary>
    /// <param name="logger">The queue's logger.</param>
    /// <param name="loop">The queue's name.</param>
    /// <param name="item">What was refused.</param>
    public static void Rejected(ILogger logger, string loop, string item)
    {
        Rejections.Add(1, new KeyValuePair<string, object?>("loop", loop));
        LogRejected(logger, loop, item);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Background {Loop}: {Item} failed; carrying on")]
    private static partial void LogFailed(ILogger logger, Exception exception, string loop, string item);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Background {Loop}: {Item} refused (queue full or host stopping)")]
    private static partial void LogRejected(ILogger logger, string loop, string item);
}
