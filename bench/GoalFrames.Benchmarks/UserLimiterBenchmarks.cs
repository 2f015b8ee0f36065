using BenchmarkDotNet.Attributes;
using GoalFrames.Conversation;
using GoalFrames.Engine.Conversation;
using GoalFrames.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GoalFrames.Benchmarks;

/// <summary>
/// What the per-user limit costs a request: the token bucket in this process (one instance) against the bucket held in
/// PostgreSQL (shared by every instance; one upsert per request). Needs GOALFRAMES_TEST_POSTGRES
/// (scripts/postgres-for-tests.sh); each run uses a database of its own.
/// </summary>
[MemoryDiagnoser]
public class UserLimiterBenchmarks
{
    private readonly string _database = $"gf_bench_{Guid.NewGuid():N}";
    private UserRateLimiter _inProcess = null!;
    private IUserLimiter _shared = null!;
    private ServiceProvider _services = null!;
    private int _user;

    [GlobalSetup]
    public void Setup()
    {
        var server = Environment.GetEnvironmentVariable("GOALFRAMES_TEST_POSTGRES")
            ?? throw new InvalidOperationException("set GOALFRAMES_TEST_POSTGRES: eval \"$(scripts/postgres-for-tests.sh)\"");
        Execute(server, $"CREATE DATABASE {_database}");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "postgres",
            ["Storage:ConnectionString"] = new NpgsqlConnectionStringBuilder(server) { Database = _database }.ConnectionString,
        }).Build();
        _services = new ServiceCollection().AddLogging().AddSingleton(new UserLimits(PerMinute: 1_000_000, Burst: 1_000_000)).AddGoalFramesStorage(configuration).BuildServiceProvider();
        _shared = _services.GetRequiredService<IUserLimiter>();
        _inProcess = new UserRateLimiter(1_000_000, 1_000_000, TimeProvider.System);
        _shared.TryAcquireAsync("warm-up", CancellationToken.None).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        NpgsqlConnection.ClearAllPools();
        Execute(Environment.GetEnvironmentVariable("GOALFRAMES_TEST_POSTGRES")!, $"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
    }

    [Benchmark(Baseline = true, Description = "bucket in this process")]
    public TimeSpan InProcess() => _inProcess.TryAcquire(NextUser());

    [Benchmark(Description = "bucket in PostgreSQL (shared)")]
    public Task<TimeSpan> InPostgres() => _shared.TryAcquireAsync(NextUser(), CancellationToken.None);

    /// <summary>A few hundred people, as a busy review-season minute has.</summary>
    private string NextUser() => "slack/T1/U" + (Interlocked.Increment(ref _user) % 500);

    private static void Execute(string server, string sql)
    {
        using var admin = new NpgsqlConnection(server);
        admin.Open();
        using var command = new NpgsqlCommand(sql, admin);
        command.ExecuteNonQuery();
    }
}
