using GoalFrames.Engine.Drafts;
using GoalFrames.Storage.Sql;

namespace GoalFrames.Storage.Stores;

/// <summary>
/// De-duplication keys with an expiry. Marking is one upsert that inserts a new key or takes over an expired one, so
/// of concurrent marks of the same key exactly one is told "first".
/// </summary>
internal sealed class SqlDedupeStore : IDedupeStore
{
    private readonly StorageDatabase _database;

    public SqlDedupeStore(StorageDatabase database)
    {
        _database = database;
    }

    public async Task<bool> TryMarkAsync(string key, TimeSpan timeToLive, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeToLive, TimeSpan.Zero);
        var now = _database.Now;
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Sql(
            """
            INSERT INTO dedupe_keys (key, expires_at) VALUES (@key, @expires_at)
            ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE dedupe_keys.expires_at <= @now
            """);
        command.Add("@key", key);
        command.Add("@expires_at", _database.Dialect.Timestamp(now + timeToLive));
        command.Add("@now", _database.Dialect.Timestamp(now));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Sql("DELETE FROM dedupe_keys WHERE expires_at <= @now");
        command.Add("@now", _database.Dialect.Timestamp(_database.Now));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
