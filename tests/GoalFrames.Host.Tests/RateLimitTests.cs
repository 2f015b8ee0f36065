using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace GoalFrames.Host.Tests;

/// <summary>A user who asks too quickly gets a friendly reply, not an error; other users are not affected.</summary>
public sealed class RateLimitTests
{
    private const string Secret = "rate-limit-secret";

    [Fact]
    public async Task Slack_UserOverTheLimit_GetsAFriendlyReplyAndOthersDoNot()
    {
        await using var host = await HostProcess.StartAsync("--Slack:SigningSecret", Secret, "--Limits:PerUserPerMinute", "1", "--Limits:PerUserBurst", "2");
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
        var body = $"command=%2Fgoals&text=clinops%20M5%20smart&team_id=T1&user_id={user}";
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("slack/commands", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}"))));
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return json.RootElement.GetProperty("text").GetString()!;
    }
}
