using System.Text.Json;

namespace GoalFrames.Host.Tests;

/// <summary>A user who asks too quickly gets a friendly reply, not an error; other users are not affected.</summary>
public sealed class RateLimitTests
{
    private const string Secret = "rate-limit-secret";

    [Fact]
    public async Task Slack_UserOverTheLimit_GetsAFriendlyReplyAndOthersDoNot()
    {
        await using var host = await TestHost.StartAsync("--Slack:SigningSecret", Secret, "--Limits:PerUserPerMinute", "1", "--Limits:PerUserBurst", "2");
        using var client = new HttpClient { BaseAddress = host.BaseAddress };

        var first = await AskAsync(client, "U1");
        var second = await AskAsync(client, "U1");
        var third = await AskAsync(client, "U1");
        var otherUser = await AskAsync(client, "U2");

        Assert.StartsWith("Goal templates", first, StringComparison.Ordinal);
        Assert.StartsWith("Goal templates", second, StringComparison.Ordinal);
        Assert.Matches("^You're asking quickly; give it [0-9]+ seconds and try again\\.$", third);
        Assert.StartsWith("Goal templates", otherUser, StringComparison.Ordinal);
    }

    private static async Task<string> AskAsync(HttpClient client, string user)
    {
        using var response = await SlackSigner.PostAsync(client, Secret, "slack/commands", $"command=%2Fgoals&text=clinops%20M5%20smart&team_id=T1&user_id={user}", "application/x-www-form-urlencoded");
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return json.RootElement.GetProperty("text").GetString()!;
    }
}
