using System.Data.Common;

namespace GoalFrames.Storage.Sql;

/// <summary>
/// What differs between SQLite and PostgreSQL: connections, the migration list, and how ids, timestamps and JSON
/// are bound and read. The stores write portable SQL (named parameters, ON CONFLICT, RETURNING) on top of it.
/// </summary>
internal abstract class SqlDialect
{
    public abstract StorageProvider Provider { get; }

    public abstract IReadOnlyList<Migration> Migrations { get; }

    /// <summary>The SQL that creates the migrations table if it is missing.</summary>
    public abstract string CreateMigrationsTable { get; }

    public abstract DbDataSource CreateDataSource(string connectionString);

    /// <summary>A separate data source for the stores once the schema is migrated, or null to share the migrator's.</summary>
    public virtual DbDataSource? CreateServingDataSource(string connectionString) => null;

    /// <summary>Throws when the database can no longer be trusted with a write (its file was deleted, say); run before every open.</summary>
    public virtual void EnsureStillThere()
    {
    }

    /// <summary>Per-connection settings, run on every open.</summary>
    public virtual Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Once per database before the migrations: settings that live in the database file.</summary>
    public virtual Task PrepareDatabaseAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Keeps other instances from migrating at the same time, until the transaction ends.</summary>
    public abstract Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    public abstract object Id(Guid id);

    public abstract Guid ReadId(DbDataReader reader, int ordinal);

    public abstract object Timestamp(DateTimeOffset value);

    public abstract DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal);

    /// <summary>Binds JSON for a JSON column (<c>jsonb</c> in PostgreSQL, text in SQLite).</summary>
    public abstract DbParameter Json(DbCommand command, string name, string json);
}
