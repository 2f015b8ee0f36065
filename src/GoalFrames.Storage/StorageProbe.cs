using GoalFrames.Storage.Sql;

namespace GoalFrames.Storage;

/// <summary>
/// Answers "can the store take a save now?" for readiness checks, within a short bound: it opens a connection (migrating
/// on first use) and commits a real write, so a read-only disk, a deleted SQLite file, a locked database or a read-only
/// PostgreSQL all read as not ready, not just an unreachable one.
/// </summary>
public sealed class StorageProbe
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);
    private readonly StorageDatabase _database;

    internal StorageProbe(StorageDatabase database, StorageProvider provider)
    {
        _database = database;
        Provider = provider.ToString().ToLowerInvariant();
    }

    /// <summary>The configured provider: <c>sqlite</c> or <c>postgres</c>.</summary>
    public string Provider { get; }

    /// <summary>The de-duplication key the probe writes (one row, rewritten by every probe).</summary>
    public const string ProbeKey = "goalframes:readiness-probe";

    /// <summary>Opens a connection (migrating on first use) and commits one small write.</summary>
    /// <param name="cancellationToken">Cancels the probe.</param>
    /// <returns>Null when the store answered; otherwise what went wrong.</returns>
    public async Task<string?> ProbeAsync(CancellationToken cancellationToken)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(Timeout);
        try
        {
            await using var connection = await _database.OpenAsync(bounded.Token).ConfigureAwait(false);
            await using var command = connection.Sql(
                "INSERT INTO dedupe_keys (key, expires_at) VALUES (@key, @expires_at) ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at");
            command.Add("@key", ProbeKey);
            command.Add("@expires_at", _database.Dialect.Timestamp(_database.Now + TimeSpan.FromMinutes(5)));
            await command.ExecuteNonQueryAsync(bounded.Token).ConfigureAwait(false);
            return null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"the {Provider} store did not answer within {Timeout.TotalSeconds:0} s";
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return $"the {Provider} store cannot take a write: {ex.Message}";
        }
    }
}
