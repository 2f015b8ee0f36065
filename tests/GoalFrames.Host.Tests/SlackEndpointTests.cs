using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GoalFrames.Testing;

namespace GoalFrames.Host.Tests;

/// <summary>The Slack endpoints through the real host on loopback, with requests signed as Slack signs them.</summary>
public sealed class SlackEndpointTests : IAsyncLifetime
{
    private const string Secret = "test-signing-secret-0123456789";
    private IRunningHost _host = null!;
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _host = await TestHost.StartAsync("--Slack:SigningSecret", Secret);
        _client = new HttpClient { BaseAddress = _host.BaseAddress };
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task Command_SignedGoalsClinopsM5SmartText_RepliesPrivatelyWithTheSeedBlockInCodeBlocks()
    {
        using var response = await PostFormAsync("/slack/commands", Form("clinops M5 smart text"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("ephemeral", json.RootElement.GetProperty("response_type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("text").GetString()));
        var code = string.Concat(json.RootElement.GetProperty("blocks").EnumerateArray()
            .Where(b => b.GetProperty("type").GetString() == "section")
            .Select(b => b.GetProperty("text").GetProperty("text").GetString()!)
            .Where(t => t.StartsWith("```", StringComparison.Ordinal))
            .Select(t => t[3..^3]));
        var golden = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "GoalFrames.Rendering.Tests", "Golden", "text.clinops-m5-smart.txt"));
        Assert.Equal(golden, code);
    }

    [Fact]
    public async Task Command_GoalsClinopsM5Smart_RepliesWithBlocksAndTheActionButtons()
    {
        using var response = await PostFormAsync("/slack/commands", Form("clinops M5 smart"));

        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(body);
        var buttons = json.RootElement.GetProperty("blocks").EnumerateArray()
            .Where(b => b.GetProperty("type").GetString() == "actions")
            .SelectMany(b => b.GetProperty("elements").EnumerateArray())
            .Select(e => e.GetProperty("text").GetProperty("text").GetString())
            .ToList();
        Assert.Contains("Edit in DM", buttons);
        Assert.Contains("Post to channel", buttons);
        Assert.Contains("Serves as department head for Clinical Operations", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_Typo_RepliesWithSuggestion()
    {
        using var response = await PostFormAsync("/slack/commands", Form("clinpos M5 smart"));

        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("clinpos", body, StringComparison.Ordinal);
        Assert.Contains("clinops", body, StringComparison.Ordinal);
        Assert.Contains("Clinical Trials Operations", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_Unsigned_Is401AndAnswersNothing()
    {
        using var content = new StringContent(Form("clinops M5 smart"), Encoding.UTF8, "application/x-www-form-urlencoded");

        using var response = await _client.PostAsync(new Uri("/slack/commands", UriKind.Relative), content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("Serves as department head", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    // Well past the 300 s window: the exact boundary is covered with a fake clock in SlackSignatureVerifierTests.
    [Theory]
    [InlineData(-330)]
    [InlineData(330)]
    public async Task Command_StaleOrFutureTimestamp_Is401(int offsetSeconds)
    {
        using var response = await PostFormAsync("/slack/commands", Form("clinops M5 smart"), timestampOffset: offsetSeconds);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("timestamp", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_BodyTamperedAfterSigning_Is401()
    {
        using var response = await PostFormAsync("/slack/commands", Form("clinops M5 smart"), tamper: body => body.Replace("smart", "okr", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Command_WrongContentType_Is400WithReason()
    {
        using var response = await PostFormAsync("/slack/commands", "{}", contentType: "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("expected Content-Type application/x-www-form-urlencoded", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_HugeBody_Is413()
    {
        using var response = await PostFormAsync("/slack/commands", Form(new string('x', 100_000)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Command_SslCheck_Is200()
    {
        using var response = await PostFormAsync("/slack/commands", "ssl_check=1&token=x");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Events_UrlVerification_EchoesTheChallenge()
    {
        const string challenge = "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P";
        var body = $$"""{"token":"Jhj5dZrVaK7ZwHHjRyZWjbDl","challenge":"{{challenge}}","type":"url_verification"}""";

        using var response = await PostFormAsync("/slack/events", body, contentType: "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(challenge, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Events_MalformedJson_Is400NotA500()
    {
        using var response = await PostFormAsync("/slack/events", "{\"type\":", contentType: "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static string Form(string text) =>
        "token=x&team_id=T1&channel_id=C1&user_id=U1&command=%2Fgoals&text=" + Uri.EscapeDataString(text) + "&response_url=http%3A%2F%2F127.0.0.1%2Fhook&trigger_id=1.2.3";

    private async Task<HttpResponseMessage> PostFormAsync(string path, string body, string contentType = "application/x-www-form-urlencoded", int timestampOffset = 0, Func<string, string>? tamper = null)
    {
        var timestamp = (DateTimeOffset.UtcNow.ToUnixTimeSeconds() + timestampOffset).ToString(CultureInfo.InvariantCulture);
        var signature = "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}")));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(tamper is null ? body : tamper(body), Encoding.UTF8, contentType),
        };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", signature);
        return await _client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
