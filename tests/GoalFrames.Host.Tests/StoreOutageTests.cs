using System.Net;
using System.Text;
using System.Text.Json;

namespace GoalFrames.Host.Tests;

/// <summary>
/// A store that fails under the running host: every endpoint still answers in its platform's form (never a bare 500),
/// and /readyz says the store cannot take a write.
/// </summary>
public sealed class StoreOutageTests
{
    private const string Secret = "outage-secret";
    private const string PostgresDown = "Host=127.0.0.1;Port=1;Username=x;Password=x;Timeout=2";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GoalsMine_WhilePostgresIsDown_GetsAFriendlyEphemeralMessage()
    {
        await using var host = await TestHost.StartAsync("--Slack:SigningSecret", Secret, "--Storage:Provider", "postgres", "--Storage:ConnectionString", PostgresDown);
        using var client = new HttpClient { BaseAddress = host.BaseAddress };

        using var response = await SlackSigner.PostAsync(client, Secret, "slack/commands", "command=%2Fgoals&text=mine&user_id=U1&team_id=T1", "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal("ephemeral", body.RootElement.GetProperty("response_type").GetString());
        Assert.Contains("could not finish that", body.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SqliteFileDeleted_UnderTheRunningHost_ReadyzIs503_AndGoalsMineIsAnsweredKindly()
    {
        var db = Path.Combine(Path.GetTempPath(), $"goalframes-deleted-{Guid.NewGuid():N}", "goalframes.db");
        await using var host = await TestHost.StartAsync("--Slack:SigningSecret", Secret, "--Storage:ConnectionString", $"Data Source={db}");
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        using (var before = await client.GetAsync(new Uri("readyz", UriKind.Relative), Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        File.Delete(db);

        using var ready = await client.GetAsync(new Uri("readyz", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var report = await ready.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal("unavailable", report.GetProperty("status").GetString());
        Assert.Contains("was deleted", report.GetProperty("storage").GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.False(File.Exists(db), "the store does not quietly start a new, empty database where the old one was");

        using var mine = await SlackSigner.PostAsync(client, Secret, "slack/commands", "command=%2Fgoals&text=mine&user_id=U1&team_id=T1", "application/x-www-form-urlencoded");
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Contains("could not finish that", await mine.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamsInvoke_WhilePostgresIsDown_GetsAnInvokeErrorBody()
    {
        await using var host = await TestHost.StartAsync("--Storage:Provider", "postgres", "--Storage:ConnectionString", PostgresDown);
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        var invoke = $$$"""
            {"type":"invoke","name":"adaptiveCard/action","id":"{{{Guid.NewGuid():N}}}","channelId":"msteams","serviceUrl":"http://127.0.0.1:9/",
             "from":{"id":"29:user","aadObjectId":"aad-user"},"recipient":{"id":"28:bot"},
             "conversation":{"id":"a:1","conversationType":"personal","tenantId":"t1"},"channelData":{"tenant":{"id":"t1"}},
             "value":{"action":{"type":"Action.Execute","verb":"run","data":{"v":1,"action":"run","line":"mine"}},"trigger":"manual"}}
            """;

        using var response = await client.PostAsync(new Uri("api/messages", UriKind.Relative), new StringContent(invoke, Encoding.UTF8, "application/json"), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal("application/vnd.microsoft.error", body.RootElement.GetProperty("type").GetString());
        Assert.Equal(500, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Contains("could not finish that", body.RootElement.GetProperty("value").GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
