using System.Net;
using System.Text.Json;

namespace GoalFrames.Host.Tests;

public sealed class ReadinessTests
{
    [Fact]
    public async Task Readyz_CanonAndSqliteStore_AreReported()
    {
        var db = Path.Combine(Path.GetTempPath(), $"goalframes-ready-{Guid.NewGuid():N}", "goalframes.db");
        await using var host = await TestHost.StartAsync("--Storage:ConnectionString", $"Data Source={db}");
        using var client = new HttpClient { BaseAddress = host.BaseAddress };

        var ready = await client.GetFromJsonAsync<JsonElement>(new Uri("readyz", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal("ready", ready.GetProperty("status").GetString());
        Assert.Equal("GoalFrames sample canon", ready.GetProperty("canon").GetProperty("name").GetString());
        Assert.Equal("sqlite", ready.GetProperty("storage").GetProperty("provider").GetString());
        Assert.True(ready.GetProperty("storage").GetProperty("reachable").GetBoolean());
        Assert.True(File.Exists(db), "the SQLite file is created and migrated on first use");
    }

    [Fact]
    public async Task Readyz_PostgresUnreachable_Is503AndSaysWhy()
    {
        await using var host = await TestHost.StartAsync("--Storage:Provider", "postgres", "--Storage:ConnectionString", "Host=127.0.0.1;Port=1;Username=x;Password=x;Timeout=2");
        using var client = new HttpClient { BaseAddress = host.BaseAddress };

        using var response = await client.GetAsync(new Uri("readyz", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("unavailable", body.GetProperty("status").GetString());
        Assert.Contains("postgres", body.GetProperty("storage").GetProperty("error").GetString(), StringComparison.Ordinal);
    }
}
