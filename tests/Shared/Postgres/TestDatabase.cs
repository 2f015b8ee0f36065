using Npgsql;

namespace GoalFrames.Testing;

/// <summary>
/// A PostgreSQL database of a test's own on the server of <c>GOALFRAMES_TEST_POSTGRES</c>, created when made and dropped
/// (with its connections) when disposed. Without the variable the test is skipped, or failed under <c>CI=true</c>.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private const string How = "GOALFRAMES_TEST_POSTGRES is not set; start one with: eval \"$(scripts/postgres-for-tests.sh)\"";

    private readonly string _admin;
    private readonly string _name;

    private TestDatabase(string admin, string name)
    {
        _admin = admin;
        _name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString();
    }

    /// <summary>The connection string to this database.</summary>
    public string ConnectionString { get; }

    /// <summary>Creates a database named <paramref name="prefix"/> and a fresh id; skips (or fails, on CI) without a server.</summary>
    public static async Task<TestDatabase> CreateAsync(string prefix)
    {
        var admin = Environment.GetEnvironmentVariable("GOALFRAMES_TEST_POSTGRES");
        if (string.IsNullOrEmpty(admin))
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail("CI=true but " + How);
            }

            Assert.Skip("PostgreSQL not available: " + How);
        }

        var database = new TestDatabase(admin, prefix + Guid.NewGuid().ToString("N"));
        await ExecuteAsync(admin, $"CREATE DATABASE \"{database._name}\"");
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(_admin, $"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
