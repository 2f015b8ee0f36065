using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace GoalFrames.Storage.Sql;

/// <summary>
/// PostgreSQL through Npgsql: native <c>uuid</c>, <c>timestamptz</c> and <c>jsonb</c> columns, and an advisory lock so
/// that instances starting together migrate one after the other.
/// </summary>
internal sealed class PostgresDialect : SqlDialect
{
    /// <summary>The advisory lock key for migrations ("GoalFram" in ASCII).</summary>
    private const long MigrationLockKey = 0x476F616C4672616D;

    public override StorageProvider Provider => StorageProvider.Postgres;

    public override IReadOnlyList<Migration> Migrations => PostgresMigrations.All;

    public override string CreateMigrationsTable =>
        "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)";

    public override DbDataSource CreateDataSource(string connectionString) => NpgsqlDataSource.Create(connectionString);

    public override async Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT pg_advisory_xact_lock(@key)";
        command.Parameters.Add(new NpgsqlParameter<long>("key", MigrationLockKey));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public override object Id(Guid id) => id;

    public override Guid ReadId(DbDataReader reader, int ordinal) => reader.GetGuid(ordinal);

    public override object Timestamp(DateTimeOffset value) => value.ToUniversalTime();

    public override DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    public override DbParameter Json(DbCommand command, string name, string json)
    {
        var parameter = new NpgsqlParameter(name, NpgsqlDbType.Jsonb) { Value = json };
        command.Parameters.Add(parameter);
        return parameter;
    }
}
