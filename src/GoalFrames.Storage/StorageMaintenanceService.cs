using GoalFrames.Conversation.Reminders;
using GoalFrames.Engine.Drafts;
using GoalFrames.Hosting;
using GoalFrames.Storage.Sql;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GoalFrames.Storage;

/// <summary>
/// Migrates the schema when the host starts (a bad connection string stops the start), then purges drafts, sent goals
/// and the reminder schedule past <c>Storage:RetentionDays</c>, and expired de-duplication keys, at start and every
/// <c>Storage:PurgeIntervalMinutes</c>. Reminder opt-outs are never purged. With reminders on, a reminder day's
/// schedule is kept at least <see cref="ReminderOptions.ScheduleKeptFor"/>, so that a short retention never sends a
/// reminder twice.
/// </summary>
internal sealed class StorageMaintenanceService : IHostedService, IDisposable
{
    private readonly StorageDatabase _database;
    private readonly IDraftStore _drafts;
    private readonly ISentGoalsStore _sent;
    private readonly IDedupeStore _dedupe;
    private readonly IReminderStore _reminders;
    private readonly ReminderOptions? _reminderOptions;
    private readonly StorageOptions _options;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopping = new();
    private Task _loop = Task.CompletedTask;

    public StorageMaintenanceService(StorageDatabase database, IDraftStore drafts, ISentGoalsStore sent, IDedupeStore dedupe, IReminderStore reminders, ReminderOptions? reminderOptions, StorageOptions options, ILogger logger)
    {
        _logger = logger;
        _database = database;
        _drafts = drafts;
        _sent = sent;
        _dedupe = dedupe;
        _reminders = reminders;
        _reminderOptions = reminderOptions;
        _options = options;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            _logger.LogInformation("Storage ready: {Provider}, schema step {Step}", _options.Provider, _database.Dialect.Migrations.Count);
        }
        catch (Exception e) when (e is not ArgumentException && !cancellationToken.IsCancellationRequested)
        {
            // Keep serving what needs no store; /readyz reports the store as unreachable and the next use migrates.
            _logger.LogError(e, "Storage ({Provider}) is unreachable at start; drafts are unavailable until it answers", _options.Provider);
        }

        _loop = LoopAsync(_stopping.Token);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _loop.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => _stopping.Dispose();

    /// <summary>One round of purging.</summary>
    /// <returns>How many records past retention (drafts, sent goals, reminder days) and keys were deleted.</returns>
    public async Task<(int Records, int Keys)> PurgeOnceAsync(CancellationToken cancellationToken)
    {
        var records = _options.Retention is { } retention
            ? await _drafts.PurgeOlderThanAsync(retention, cancellationToken).ConfigureAwait(false)
                + await _sent.PurgeOlderThanAsync(retention, cancellationToken).ConfigureAwait(false)
                + await _reminders.PurgeOlderThanAsync(_reminderOptions?.ScheduleKeptFor > retention ? _reminderOptions.ScheduleKeptFor : retention, cancellationToken).ConfigureAwait(false)
            : 0;
        var keys = await _dedupe.PurgeExpiredAsync(cancellationToken).ConfigureAwait(false);
        return (records, keys);
    }

    /// <summary>Purges every interval until shutdown; a failed round (store down, locked, restarting) is logged and counted, and the next round tries again.</summary>
    private async Task LoopAsync(CancellationToken cancellationToken)
    {
        await Task.Yield();
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var (records, keys) = await PurgeOnceAsync(cancellationToken).ConfigureAwait(false);
                if (records + keys > 0)
                {
                    _logger.LogInformation("Purged {Records} records past retention (drafts, sent goals, reminder days) and {Keys} expired de-duplication keys", records, keys);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Shutdown during a round: the round is abandoned, and stopping must not fail for it.
                return;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                // Only shutdown ends the loop; the stores keep working meanwhile.
                BackgroundFailures.Record(_logger, "storage-maintenance", "purge", e);
            }

            try
            {
                await Task.Delay(_options.PurgeInterval, _database.Time, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
        }
    }
}
