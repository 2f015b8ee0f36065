using GoalFrames.Storage.Sql;

namespace GoalFrames.Storage;

/// <summary>Answers "is the store reachable and migrated?" for readiness checks, within a short bound.</summary>
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

    /// <summary>Opens a connection (migrating on first use) and runs <c>SELECT 1</c>.</summary>
    /// <param name="cancellationToken">Cancels the probe.</param>
    /// <returns>Null when the store answered; otherwise what went wrong.</returns>
    public async Task<string?> ProbeAsync(CancellationToken cancellationToken)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(Timeout);
        try
        {
            await using var connection = await _database.OpenAsync(bounded.Token).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(bounded.Token).ConfigureAwait(false);
            return null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"the {Provider} store did not answer within {Timeout.TotalSeconds:0} s";
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or IOException)
        {
            return $"the {Provider} store is unreachable: {ex.Message}";
        }
    }
}
