using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using GoalFrames.Testing;

namespace GoalFrames.Host.Tests;

/// <summary>Events through the real host, answered through a fake Slack Web API on loopback.</summary>
public sealed class SlackEventsTests : IAsyncLifetime
{
    private const string Secret = "events-secret";
    private FakeSlackApi _slack = null!;
    private IRunningHost _host = null!;
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _slack = await FakeSlackApi.StartAsync();
        _host = await TestHost.StartAsync("--Slack:SigningSecret", Secret, "--Slack:BotToken", "xoxb-single", "--Slack:ApiBaseUrl", _slack.BaseUrl.ToString());
        _client = new HttpClient { BaseAddress = _host.BaseAddress };
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task AppMention_IsAnsweredInItsThreadOnce_EvenWhenSlackRetries()
    {
        var body = Event("Ev1", """{"type":"app_mention","user":"U1","text":"<@U0BOT> goals clinops M5 okr","channel":"C1","ts":"1700000000.000200","event_ts":"1700000000.000200"}""");

        using (var first = await PostAsync(body))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        using (var retry = await PostAsync(body, retryNum: 1))
        {
            Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        }

        var call = await WaitForCallAsync("chat.postMessage");
        Assert.Equal("Bearer xoxb-single", call.Authorization);
        Assert.Contains("\"thread_ts\":\"1700000000.000200\"", call.Body, StringComparison.Ordinal);
        Assert.Contains("Serves as department head", call.Body, StringComparison.Ordinal);
        Assert.Contains("\"blocks\":", call.Body, StringComparison.Ordinal);

        // A later event's answer: an answer to the retry, had there been one, went out before it.
        using (await PostAsync(Event("EvLater", """{"type":"message","channel_type":"im","user":"U9","text":"goals help","channel":"D9","ts":"1.9"}""")))
        {
        }

        await _slack.WaitForAsync("chat.postMessage", 2);
        Assert.Equal(2, _slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task DirectMessage_FromABot_IsIgnored_FromAPerson_IsAnswered()
    {
        using (await PostAsync(Event("Ev2", """{"type":"message","channel_type":"im","bot_id":"B1","text":"goals list","channel":"D1","ts":"1.1"}""")))
        {
        }

        using (await PostAsync(Event("Ev3", """{"type":"message","channel_type":"im","user":"U1","text":"goals mine","channel":"D1","ts":"1.2"}""")))
        {
        }

        var call = await WaitForCallAsync("chat.postMessage");
        Assert.Contains("You have no saved drafts.", call.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("thread_ts", call.Body, StringComparison.Ordinal);
        Assert.Equal(1, _slack.CallsTo("chat.postMessage"));
    }

    private static string Event(string id, string inner) =>
        $$"""{"token":"x","team_id":"T1","api_app_id":"A1","type":"event_callback","event_id":"{{id}}","event_time":1700000000,"event":{{inner}}}""";

    private async Task<(string Method, string? Authorization, string Body)> WaitForCallAsync(string method)
    {
        await _slack.WaitForAsync(method);
        return _slack.Calls.First(c => c.Method == method);
    }

    private async Task<HttpResponseMessage> PostAsync(string body, int? retryNum = null)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("slack/events", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}"))));
        if (retryNum is { } n)
        {
            request.Headers.Add("X-Slack-Retry-Num", n.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }

        return await _client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
