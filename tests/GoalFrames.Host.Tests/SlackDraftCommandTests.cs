using System.Text.Json;

namespace GoalFrames.Host.Tests;

/// <summary><c>/goals mine</c> and <c>/goals forget</c> through the real host and its SQLite store.</summary>
public sealed class SlackDraftCommandTests
{
    private const string Secret = "drafts-secret";

    [Fact]
    public async Task Mine_NoDrafts_SaysSoAndForgetNumberOutOfRange_SaysHowManyThereAre()
    {
        await using var host = await TestHost.StartAsync("--Slack:SigningSecret", Secret);
        using var client = new HttpClient { BaseAddress = host.BaseAddress };

        Assert.StartsWith("You have no saved drafts.", await AskAsync(client, "mine"), StringComparison.Ordinal);
        Assert.Equal("You have no saved drafts.", await AskAsync(client, "forget 3"));
        Assert.Equal("There was nothing to forget.", await AskAsync(client, "forget all"));
    }

    private static async Task<string> AskAsync(HttpClient client, string text)
    {
        using var response = await SlackSigner.PostAsync(client, Secret, "slack/commands", $"command=%2Fgoals&text={Uri.EscapeDataString(text)}&team_id=T1&user_id=U1", "application/x-www-form-urlencoded");
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return json.RootElement.GetProperty("text").GetString()!;
    }
}
