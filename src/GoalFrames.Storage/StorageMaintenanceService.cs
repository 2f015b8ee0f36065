using GoalFrames.Engine.Drafts;
using GoalFrames.Hosting;
using GoalFrames.Storage.Sql;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GoalFrames.Storage;

/// <summary>
/// Migrates the schema when the host starts (a bad connection string stops the start), then purges drafts past
/// <c>Storage:RetentionDays</c> and expired de-duplication keys, at start and every <c>Storage:PurgeIntervalMinutes</c>.
/// </summary>
internal sealed class StorageMaintenanceService : IHostedService, IDisposable
{
    private readonly StorageDatabase _database;
    private readonly IDraftStore _drafts;
    private readonly ISentGoalsStore _sent;
    private readonly IDedupeStore _dedupe;
    private readonly StorageOptions _options;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopping = new();
    private Task _loop = Task.CompletedTask;

    public StorageMaintenanceService(StorageDatabase database, IDraftStore drafts, ISentGoalsStore sent, IDedupeStore dedupe, StorageOptions options, ILogger logger)
    {
        _logger = logger;
        _database = database;
        _drafts = drafts;
        _sent = sent;
        _dedupe = dedupe;
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
    /// <returns>How many drafts and keys were deleted.</returns>
    public async Task<(int Drafts, int Keys)> PurgeOnceAsync(CancellationToken cancellationToken)
    {
        var drafts = _options.Retention is { } retention
            ? await _drafts.PurgeOlderThanAsync(retention, cancellationToken).ConfigureAwait(false)
                + await _sent.PurgeOlderThanAsync(retention, cancellationToken).ConfigureAwait(false)
            : 0;
        var keys = await _dedupe.PurgeExpiredAsync(cancellationToken).ConfigureAwait(false);
        return (drafts, keys);
    }

    /// <summary>Purges every interval until shutdown; a failed round (store down, locked, restarting) is logged and counted, and the next round tries again.</summary>
    private async Task LoopAsync(CancellationToken cancellationToken)
    {
        await Task.Yield();
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var (drafts, keys) = await PurgeOnceAsync(cancellationToken).ConfigureAwait(false);
                if (drafts + keys > 0)
                {
                    _logger.LogInformation("Purged {Drafts} drafts past retention and {Keys} expired de-duplication keys", drafts, keys);
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
