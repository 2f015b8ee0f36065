using GoalFrames.Conversation;
using GoalFrames.Storage.Sql;

namespace GoalFrames.Storage.Stores;

/// <summary>
/// The per-user limit held in the database, so that every instance takes from the same token bucket: one upsert refills
/// the bucket for the time since its last use and takes a token only if one is there, atomically, whichever instance
/// asks. A request that finds the bucket empty reads how long until the next token.
/// </summary>
internal sealed class SqlUserLimiter(StorageDatabase database, UserLimits limits) : IUserLimiter
{
    private const string Refilled =
        "(CASE WHEN rate_buckets.tokens + (@now - rate_buckets.updated_at) * @rate > @burst THEN @burst ELSE rate_buckets.tokens + (@now - rate_buckets.updated_at) * @rate END)";

    public async Task<TimeSpan> TryAcquireAsync(string requester, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(requester);
        if (limits.PerMinute <= 0)
        {
            return TimeSpan.Zero;
        }

        var rate = limits.PerMinute / 60.0;
        double burst = Math.Max(1, limits.Burst);
        var now = database.Now.ToUnixTimeMilliseconds() / 1000.0;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (database.Dialect is PostgresDialect)
        {
            // A bucket is worth nothing after a crash: its commit need not wait for the disk (drafts still do).
            await using var relaxed = connection.Sql("SET LOCAL synchronous_commit TO OFF");
            relaxed.Transaction = transaction;
            await relaxed.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var take = connection.Sql(
            $"""
            INSERT INTO rate_buckets (key, tokens, updated_at) VALUES (@key, @burst - 1, @now)
            ON CONFLICT (key) DO UPDATE SET tokens = {Refilled} - 1, updated_at = @now
            WHERE {Refilled} >= 1
            """))
        {
            take.Transaction = transaction;
            Add(take, requester, now, rate, burst);
            if (await take.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1)
            {
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return TimeSpan.Zero;
            }
        }

        await using var read = connection.Sql($"SELECT {Refilled} FROM rate_buckets WHERE key = @key");
        read.Transaction = transaction;
        Add(read, requester, now, rate, burst);
        var tokens = Convert.ToDouble(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) ?? 0.0, System.Globalization.CultureInfo.InvariantCulture);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return TimeSpan.FromSeconds(Math.Max(0.001, (1 - tokens) / rate));
    }

    private static void Add(System.Data.Common.DbCommand command, string requester, double now, double rate, double burst)
    {
        command.Add("@key", "user:" + requester);
        command.Add("@now", now);
        command.Add("@rate", rate);
        command.Add("@burst", burst);
    }
}
