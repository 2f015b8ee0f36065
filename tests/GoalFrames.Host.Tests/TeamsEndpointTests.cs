using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GoalFrames.Host.Tests;

/// <summary>The Teams endpoint through the host: routing, local development mode and its loopback rule, and auth when an app id is set.</summary>
public sealed class TeamsEndpointTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Messages_Get_Is405()
    {
        await using var host = await TestHost.StartAsync();
        using var client = new HttpClient { BaseAddress = host.BaseAddress };

        using var response = await client.GetAsync(new Uri("/api/messages", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task DevelopmentMode_OnLoopback_SaysSoAndAnswersACardAction()
    {
        await using var host = await TestHost.StartAsync();
        using var client = new HttpClient { BaseAddress = host.BaseAddress };

        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), Json(Invoke(new JsonObject { ["v"] = 1, ["action"] = "run", ["line"] = "clinops M5 smart" })), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.RootElement.GetProperty("type").GetString());
        Assert.Contains("Serves as department head for Clinical Operations", body.RootElement.GetProperty("value").GetRawText(), StringComparison.Ordinal);
        Assert.Contains("LOCAL DEVELOPMENT MODE", host.Log, StringComparison.Ordinal);
    }

    // A process: the refusal is an exit code.
    [Fact]
    public async Task DevelopmentMode_ListeningBeyondLoopback_RefusesToStart()
    {
        var info = HostProcess.StartInfo("serve", "--urls", "http://0.0.0.0:0");
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(Cancel);
        var error = process.StandardError.ReadToEndAsync(Cancel);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));

        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        Assert.NotEqual(0, process.ExitCode);
        var log = await output + await error;
        Assert.Contains("Teams:AppId is not set", log, StringComparison.Ordinal);
        Assert.Contains("http://0.0.0.0:", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithAppId_UnauthenticatedMessage_Is401()
    {
        await using var host = await TestHost.StartAsync("--Teams:AppId", "11111111-2222-3333-4444-555555555555", "--Teams:AppPassword", "secret", "--Teams:TenantId", "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");
        using var client = new HttpClient { BaseAddress = host.BaseAddress };

        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), Json(Invoke(new JsonObject { ["v"] = 1, ["action"] = "run", ["line"] = "list" })), Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("LOCAL DEVELOPMENT MODE", host.Log, StringComparison.Ordinal);
    }

    private static JsonObject Invoke(JsonObject data) => new()
    {
        ["type"] = "invoke",
        ["name"] = "adaptiveCard/action",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = "http://127.0.0.1:9/",
        ["from"] = new JsonObject { ["id"] = "29:user", ["aadObjectId"] = "aad-user" },
        ["recipient"] = new JsonObject { ["id"] = "28:bot" },
        ["conversation"] = new JsonObject { ["id"] = "a:1", ["conversationType"] = "personal", ["tenantId"] = "t1" },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "t1" } },
        ["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = data["action"]!.GetValue<string>(), ["data"] = data }, ["trigger"] = "manual" },
    };

    private static StringContent Json(JsonNode node) => new(node.ToJsonString(), Encoding.UTF8, "application/json");
}
