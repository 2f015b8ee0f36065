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

    private string? _file;

    public override DbDataSource CreateDataSource(string connectionString)
    {
        var builder = Checked(connectionString);
        return SqliteFactory.Instance.CreateDataSource(builder.ConnectionString);
    }

    /// <summary>
    /// Once migrated, the file is never created again: if it is deleted under the running host, opening fails instead
    /// of starting an empty database, and <see cref="EnsureStillThere"/> stops pooled connections from writing to the
    /// deleted file, where every save would be acknowledged and then lost at the next restart.
    /// </summary>
    public override DbDataSource? CreateServingDataSource(string connectionString)
    {
        var builder = Checked(connectionString);
        if (builder.Mode == SqliteOpenMode.ReadWriteCreate)
        {
            builder.Mode = SqliteOpenMode.ReadWrite;
        }

        return SqliteFactory.Instance.CreateDataSource(builder.ConnectionString);
    }

    public override void EnsureStillThere()
    {
        if (_file is { } file && !File.Exists(file))
        {
            SqliteConnection.ClearAllPools();
            throw new InvalidOperationException(
                $"The SQLite file {file} was deleted while GoalFrames ran, so nothing more is written to it (a save now would be lost at the next restart). Restore the file from a backup, or remove what is left of it, and restart GoalFrames.");
        }
    }

    private SqliteConnectionStringBuilder Checked(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode is SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:")
        {
            throw new InvalidOperationException("Storage:ConnectionString must name a SQLite file: an in-memory database would lose every draft.");
        }

        // Microsoft.Data.Sqlite retries a busy database until the command timeout (30 s unless set): keep it to the
        // busy timeout, so a stuck lock fails a request in seconds and the person is told, instead of half a minute later.
        if (!connectionString.Contains("timeout", StringComparison.OrdinalIgnoreCase))
        {
            builder.DefaultTimeout = BusyTimeoutMilliseconds / 1000;
        }

        _file = Path.GetFullPath(builder.DataSource);
        var directory = Path.GetDirectoryName(_file);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        return builder;
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
