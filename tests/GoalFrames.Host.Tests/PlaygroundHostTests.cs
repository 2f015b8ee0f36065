using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using GoalFrames.Teams.Tests;
using GoalFrames.Testing;

namespace GoalFrames.Host.Tests;

/// <summary>
/// The Microsoft 365 Agents Playground against the host (in this process, or the shipped Native AOT binary when
/// test.sh runs the end-to-end tests again): install, welcome, ask, card. Without node/npx it skips
/// locally and fails under CI=true.
/// </summary>
public sealed class PlaygroundHostTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Playground_InstallThenAsk_WelcomeThenTheCardArriveFromTheHost()
    {
        var command = PlaygroundProcess.RequiredCommand();
        await using var host = await TestHost.StartAsync();
        await using var playground = await PlaygroundProcess.StartAsync(command, new Uri(host.BaseAddress, "api/messages"));
        var conversation = PlaygroundProcess.ConversationId;

        using (var install = await playground.Http.PostAsync(new Uri($"_debug/conversation/{conversation}/installation", UriKind.Relative), null, Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, install.StatusCode);
        }

        var welcome = await playground.NextAsync("createMessage", m => Text(m).StartsWith("Hi, I'm GoalFrames", StringComparison.Ordinal), TimeSpan.FromSeconds(20));
        Assert.Contains("goals help", Text(welcome), StringComparison.Ordinal);

        var ask = new JsonObject { ["from"] = new JsonObject { ["id"] = "user-id-0" }, ["text"] = "goals clinops M5 smart", ["textFormat"] = "plain" };
        using (var sent = await playground.Http.PostAsync(new Uri($"_conversation/v1/conversations/{conversation}/messages", UriKind.Relative), TeamsActivities.Content(ask), Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        }

        var reply = await playground.NextAsync("createMessage", m => m.TryGetProperty("attachments", out _), TimeSpan.FromSeconds(20));
        var card = reply.GetProperty("attachments").EnumerateArray().Single(a => a.GetProperty("contentType").GetString() == "application/vnd.microsoft.card.adaptive").GetProperty("content");
        Assert.Contains("Serves as department head for Clinical Operations", CardJson.AllText(card), StringComparison.Ordinal);
        Assert.NotEmpty(CardJson.OfType(card, "Input.Text"));
    }

    private static string Text(JsonElement message) => message.TryGetProperty("text", out var text) ? text.GetString() ?? string.Empty : string.Empty;
}
