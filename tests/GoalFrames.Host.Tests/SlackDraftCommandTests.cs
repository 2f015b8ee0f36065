using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace GoalFrames.Host.Tests;

/// <summary><c>/goals mine</c> and <c>/goals forget</c> through the real host and its SQLite store.</summary>
public sealed class SlackDraftCommandTests
{
    private const string Secret = "drafts-secret";

    [Fact]
    public async Task Mine_NoDrafts_SaysSoAndForgetNumberOutOfRange_SaysHowManyThereAre()
    {
        await using var host = await HostProcess.StartAsync("--Slack:SigningSecret", Secret);
        using var client = new HttpClient { BaseAddress = host.BaseAddress };

        Assert.StartsWith("You have no saved drafts.", await AskAsync(client, "mine"), StringComparison.Ordinal);
        Assert.Equal("You have no saved drafts.", await AskAsync(client, "forget 3"));
        Assert.Equal("There was nothing to forget.", await AskAsync(client, "forget all"));
    }

    private static async Task<string> AskAsync(HttpClient client, string text)
    {
        var body = $"command=%2Fgoals&text={Uri.EscapeDataString(text)}&team_id=T1&user_id=U1";
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
