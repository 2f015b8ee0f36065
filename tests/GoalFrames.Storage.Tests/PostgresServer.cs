using Npgsql;

[assembly: AssemblyFixture(typeof(GoalFrames.Storage.Tests.PostgresServer))]

namespace GoalFrames.Storage.Tests;

/// <summary>
/// The PostgreSQL server of <c>GOALFRAMES_TEST_POSTGRES</c>. On first use it creates a database for this test run
/// (the role needs CREATEDB, not rights on the <c>postgres</c> database); each test then makes a schema of its own in it.
/// The database is dropped when the run ends.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    public const string Variable = "GOALFRAMES_TEST_POSTGRES";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly string _database = "goalframes_tests_" + Guid.NewGuid().ToString("N");
    private string? _connectionString;

    /// <summary>The server's connection string from the environment, or null when it is not set.</summary>
    public static string? Admin => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>A connection string to this run's database, created on first call.</summary>
    public async Task<string> RunDatabaseAsync(string admin)
    {
        await _gate.WaitAsync();
        try
        {
            if (_connectionString is null)
            {
                await ExecuteAsync(admin, $"CREATE DATABASE \"{_database}\"");
                _connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = _database }.ToString();
            }

            return _connectionString;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connectionString is not null && Admin is { } admin)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)");
        }

        _gate.Dispose();
    }

    internal static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
