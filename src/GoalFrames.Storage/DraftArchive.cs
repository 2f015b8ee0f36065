using GoalFrames.Engine.Drafts;
using GoalFrames.Storage.Sql;
using GoalFrames.Storage.Stores;
using Microsoft.Extensions.Configuration;

namespace GoalFrames.Storage;

/// <summary>Reads every saved draft from a store, for tools that ask what a canon change would do to them.</summary>
public static class DraftArchive
{
    /// <summary>
    /// Reads every draft. The connection is <c>postgres:CONNECTION-STRING</c>, <c>sqlite:CONNECTION-STRING</c>, a
    /// PostgreSQL connection string (<c>Host=…</c>), a SQLite one (<c>Data Source=…</c>), or the path of a SQLite file.
    /// </summary>
    /// <param name="connection">Where the drafts are.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<IReadOnlyList<Draft>> ReadAllAsync(string connection, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connection);
        var (dialect, connectionString) = Parse(connection);
        await using var database = new StorageDatabase(dialect, connectionString, TimeProvider.System);
        return await new SqlDraftStore(database).AllAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads every draft from the store the host's <c>Storage</c> section names (as for <c>serve</c>).</summary>
    /// <param name="configuration">The configuration holding the <c>Storage</c> section.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="InvalidOperationException">The <c>Storage</c> section is invalid.</exception>
    public static async Task<IReadOnlyList<Draft>> ReadAllAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        var options = StorageOptions.Read(configuration);
        if (options.Provider == StorageProvider.Postgres)
        {
            await using var postgres = new StorageDatabase(new PostgresDialect(), options.ConnectionString, TimeProvider.System);
            return await new SqlDraftStore(postgres).AllAsync(cancellationToken).ConfigureAwait(false);
        }

        // A reading tool never creates a store: a missing file is a mistake in the settings, not an empty store.
        var sqlite = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(options.ConnectionString) { Mode = Microsoft.Data.Sqlite.SqliteOpenMode.ReadWrite };
        if (!File.Exists(sqlite.DataSource))
        {
            throw new InvalidOperationException($"there is no SQLite store at '{Path.GetFullPath(sqlite.DataSource)}' (Storage:ConnectionString); point Storage:ConnectionString at the host's store");
        }

        await using var database = new StorageDatabase(new SqliteDialect(), sqlite.ConnectionString, TimeProvider.System);
        return await new SqlDraftStore(database).AllAsync(cancellationToken).ConfigureAwait(false);
    }

    private static (SqlDialect, string) Parse(string connection)
    {
        if (connection.StartsWith("postgres:", StringComparison.OrdinalIgnoreCase))
        {
            return (new PostgresDialect(), connection["postgres:".Length..]);
        }

        if (connection.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase))
        {
            return (new SqliteDialect(), connection["sqlite:".Length..]);
        }

        if (connection.Contains("Host=", StringComparison.OrdinalIgnoreCase))
        {
            return (new PostgresDialect(), connection);
        }

        return (new SqliteDialect(), connection.Contains('=', StringComparison.Ordinal) ? connection : $"Data Source={connection};Mode=ReadWrite");
    }
}
