using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using GoalFrames.Testing;

namespace GoalFrames.Host.Tests;

/// <summary>OAuth v2 installs through the real host and a fake Slack on loopback: state checked, token stored encrypted and used.</summary>
public sealed class SlackInstallTests : IAsyncLifetime
{
    private const string Secret = "install-secret";
    private static readonly string Key = Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray());
    private FakeSlackApi _slack = null!;
    private IRunningHost _host = null!;

    public async ValueTask InitializeAsync()
    {
        _slack = await FakeSlackApi.StartAsync();
        _host = await TestHost.StartAsync(
            "--Slack:SigningSecret", Secret,
            "--Slack:ClientId", "111.222",
            "--Slack:ClientSecret", "client-secret",
            "--Slack:ApiBaseUrl", _slack.BaseUrl.ToString(),
            "--Slack:TokenEncryptionKey", Key);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task Install_ThenCallback_StoresTheTokenAndEventsUseIt_UninstallRemovesIt()
    {
        _slack.Then("oauth.v2.access", 200, """{"ok":true,"access_token":"xoxb-installed-T9","token_type":"bot","scope":"commands,chat:write","bot_user_id":"U0BOT","app_id":"A1","team":{"id":"T9","name":"Trial Team"},"enterprise":null,"is_enterprise_install":false}""");
        using var browser = Browser(out var cookies);

        using var install = await browser.GetAsync(new Uri("slack/install", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, install.StatusCode);
        var location = install.Headers.Location!.ToString();
        Assert.StartsWith("https://slack.com/oauth/v2/authorize?client_id=111.222&scope=commands%2Cchat%3Awrite", location, StringComparison.Ordinal);
        var state = location.Split("state=")[1].Split('&')[0];

        using var callback = await browser.GetAsync(new Uri($"slack/oauth/callback?code=code-1&state={state}", UriKind.Relative), TestContext.Current.CancellationToken);
        var page = await callback.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, callback.StatusCode);
        Assert.Contains("GoalFrames is installed in Trial Team", page, StringComparison.Ordinal);
        var access = _slack.Calls.Single(c => c.Method == "oauth.v2.access");
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("111.222:client-secret")), access.Authorization);
        Assert.Contains("code=code-1", access.Body, StringComparison.Ordinal);

        await PostEventAsync("Ev-install-1", """{"type":"app_mention","user":"U1","text":"<@U0BOT> goals list","channel":"C9","ts":"5.5"}""");
        var post = await _slack.WaitForAsync("chat.postMessage");
        Assert.Equal("Bearer xoxb-installed-T9", post.Authorization);

        await PostEventAsync("Ev-install-2", """{"type":"app_uninstalled"}""");
        await _host.WaitForLogAsync("Slack installation of T9 removed (app_uninstalled)");
        await PostEventAsync("Ev-install-3", """{"type":"app_mention","user":"U1","text":"<@U0BOT> goals list","channel":"C9","ts":"6.6"}""");
        await _host.WaitForLogAsync("no bot token for workspace T9");
        Assert.Equal(1, _slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task Callback_StateNotFromThisBrowser_IsRefusedAndNothingIsInstalled()
    {
        using var browser = Browser(out _);
        using (await browser.GetAsync(new Uri("slack/install", UriKind.Relative), TestContext.Current.CancellationToken))
        {
        }

        using var callback = await browser.GetAsync(new Uri("slack/oauth/callback?code=code-1&state=forged", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, callback.StatusCode);
        Assert.Contains("This install link has expired", await callback.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(0, _slack.CallsTo("oauth.v2.access"));
    }

    private HttpClient Browser(out CookieContainer cookies)
    {
        cookies = new CookieContainer();
#pragma warning disable CA2000 // the client owns the handler
        return new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = _host.BaseAddress };
#pragma warning restore CA2000
    }

    private async Task PostEventAsync(string id, string inner)
    {
        var body = $$"""{"token":"x","team_id":"T9","api_app_id":"A1","type":"event_callback","event_id":"{{id}}","event_time":1700000000,"event":{{inner}}}""";
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var client = new HttpClient { BaseAddress = _host.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("slack/events", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}"))));
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
