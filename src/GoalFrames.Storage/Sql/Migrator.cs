using System.Data.Common;
using System.Globalization;

namespace GoalFrames.Storage.Sql;

/// <summary>
/// Applies the dialect's migrations in one transaction under the dialect's lock, recording each in
/// <c>schema_migrations</c>. Running it again applies nothing; a database migrated by a newer build is refused.
/// </summary>
internal static class Migrator
{
    /// <param name="database">The database.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <param name="upTo">The last step to apply, or null for all of them (tests migrate part of the way to check a later step keeps data).</param>
    /// <returns>How many steps were applied.</returns>
    public static async Task<int> RunAsync(StorageDatabase database, CancellationToken cancellationToken, int? upTo = null)
    {
        var dialect = database.Dialect;
        await using var connection = await database.OpenUnmigratedAsync(cancellationToken).ConfigureAwait(false);
        await dialect.PrepareDatabaseAsync(connection, cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await dialect.LockForMigrationAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, dialect.CreateMigrationsTable, cancellationToken).ConfigureAwait(false);

        var applied = await AppliedAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        Check(dialect.Migrations, applied);

        var count = 0;
        foreach (var migration in dialect.Migrations.Where(m => !applied.ContainsKey(m.Version) && m.Version <= (upTo ?? int.MaxValue)).OrderBy(m => m.Version))
        {
            foreach (var statement in migration.Statements)
            {
                await ExecuteAsync(connection, transaction, statement, cancellationToken).ConfigureAwait(false);
            }

            await using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @applied_at)";
            record.Add("@version", migration.Version);
            record.Add("@name", migration.Name);
            record.Add("@applied_at", dialect.Timestamp(database.Now));
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            count++;
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    private static void Check(IReadOnlyList<Migration> known, Dictionary<int, string> applied)
    {
        foreach (var (version, name) in applied)
        {
            var migration = known.FirstOrDefault(m => m.Version == version) ?? throw new InvalidOperationException(
                string.Create(CultureInfo.InvariantCulture, $"The database has schema step {version} ('{name}'), which this build does not know (it knows up to {known.Max(m => m.Version)}); run a newer GoalFrames."));
            if (!string.Equals(migration.Name, name, StringComparison.Ordinal))
            {
                throw new InvalidOperationException(
                    string.Create(CultureInfo.InvariantCulture, $"The database recorded schema step {version} as '{name}', but this build's step {version} is '{migration.Name}'."));
            }
        }
    }

    private static async Task<Dictionary<int, string>> AppliedAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT version, name FROM schema_migrations";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var applied = new Dictionary<int, string>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            applied[reader.GetInt32(0)] = reader.GetString(1);
        }

        return applied;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
