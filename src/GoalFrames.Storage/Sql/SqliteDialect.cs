using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace GoalFrames.Storage.Sql;

/// <summary>
/// SQLite: a file in WAL mode, <c>synchronous=FULL</c> so an acknowledged save survives a crash, and a busy timeout so
/// concurrent writers wait for the lock instead of failing. Ids are text, timestamps Unix milliseconds.
/// </summary>
internal sealed class SqliteDialect : SqlDialect
{
    public const int BusyTimeoutMilliseconds = 5000;

    public override StorageProvider Provider => StorageProvider.Sqlite;

    public override IReadOnlyList<Migration> Migrations => SqliteMigrations.All;

    public override string CreateMigrationsTable =>
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL) STRICT";

    public override DbDataSource CreateDataSource(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode is SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:")
        {
            throw new InvalidOperationException("Storage:ConnectionString must name a SQLite file: an in-memory database would lose every draft.");
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        return SqliteFactory.Instance.CreateDataSource(builder.ConnectionString);
    }

    public override async Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA synchronous = FULL;";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public override async Task PrepareDatabaseAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        var mode = (string?)await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"SQLite did not switch to WAL mode (it reports '{mode}').");
        }
    }

    /// <summary>Nothing to do: the migration transaction is <c>BEGIN IMMEDIATE</c>, which already holds the write lock.</summary>
    public override Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public override object Id(Guid id) => id.ToString("D");

    public override Guid ReadId(DbDataReader reader, int ordinal) => Guid.ParseExact(reader.GetString(ordinal), "D");

    public override object Timestamp(DateTimeOffset value) => value.ToUnixTimeMilliseconds();

    public override DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal) =>
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));

    public override DbParameter Json(DbCommand command, string name, string json)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = json;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
