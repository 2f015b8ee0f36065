using System.Net;

namespace GoalFrames.Host.Tests;

/// <summary><c>/slack/install</c> on a server without OAuth settings says what to configure, for the settings it does have.</summary>
public sealed class SlackInstallPageTests
{
    [Fact]
    public async Task NoSlackSettingsAtAll_InstallPageSaysWhichKeysToSet()
    {
        await using var host = await TestHost.StartAsync();

        var (status, page) = await InstallPageAsync(host);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("no Slack app configured", page, StringComparison.Ordinal);
        Assert.Contains("Slack:SigningSecret", page, StringComparison.Ordinal);
        Assert.Contains("Slack:ClientId", page, StringComparison.Ordinal);
        Assert.DoesNotContain("set up for one workspace", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BotTokenOnly_InstallPageSaysItServesOneWorkspace()
    {
        await using var host = await TestHost.StartAsync("--Slack:SigningSecret", "s", "--Slack:BotToken", "xoxb-one");

        var (status, page) = await InstallPageAsync(host);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("set up for one workspace", page, StringComparison.Ordinal);
    }

    private static async Task<(HttpStatusCode Status, string Page)> InstallPageAsync(IRunningHost host)
    {
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        using var response = await client.GetAsync(new Uri("/slack/install", UriKind.Relative), TestContext.Current.CancellationToken);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
    }
}
