using GoalFrames.Storage.Sql;
using Npgsql;

namespace GoalFrames.Storage.Tests;

/// <summary>A schema of its own in the test run's PostgreSQL database, reached through <c>Search Path</c>; dropped when the test ends.</summary>
internal sealed class PostgresBackend : StorageBackend
{
    private readonly string _runDatabase;
    private readonly string _schema = "gf_test_" + Guid.NewGuid().ToString("N");

    private PostgresBackend(string runDatabase)
    {
        _runDatabase = runDatabase;
        ConnectionString = new NpgsqlConnectionStringBuilder(runDatabase) { SearchPath = _schema }.ToString();
    }

    public override string ConnectionString { get; }

    public override SqlDialect Dialect { get; } = new PostgresDialect();

    /// <summary>
    /// A backend on the server, or a skip that says PostgreSQL was not available. Under <c>CI=true</c> a missing server
    /// is a failure: CI must run these tests.
    /// </summary>
    public static async Task<PostgresBackend> CreateAsync(PostgresServer server)
    {
        var admin = PostgresServer.Admin ?? Unavailable();
        var backend = new PostgresBackend(await server.RunDatabaseAsync(admin));
        await PostgresServer.ExecuteAsync(backend._runDatabase, $"CREATE SCHEMA \"{backend._schema}\"");
        return backend;
    }

    private static string Unavailable()
    {
        const string how = "start one with: eval \"$(scripts/postgres-for-tests.sh)\"";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"CI=true but {PostgresServer.Variable} is not set, so the PostgreSQL contract tests cannot run; {how}");
        }

        Assert.Skip($"PostgreSQL not available: {PostgresServer.Variable} is not set; {how}");
        throw new System.Diagnostics.UnreachableException();
    }

    protected override async ValueTask DeleteAsync()
    {
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await PostgresServer.ExecuteAsync(_runDatabase, $"DROP SCHEMA IF EXISTS \"{_schema}\" CASCADE");
    }
}
