using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using GoalFrames.Testing;

namespace GoalFrames.Teams.Tests;

/// <summary>
/// Local development mode (no Teams:AppId) serves only what a program on this machine sent directly: each way a remote
/// client or a web page can reach a loopback socket (a tunnel or proxy, DNS rebinding, a cross-site form post) is
/// refused with its reason in the answer and in the log, and replies only ever go to loopback serviceUrls.
/// </summary>
public sealed class LocalDevelopmentGateTests : IAsyncLifetime
{
    private FakeConnector _connector = null!;
    private TeamsTestHost _host = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _host = await TeamsTestHost.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Theory]
    [InlineData("X-Forwarded-For", "203.0.113.7")]
    [InlineData("X-Forwarded-Host", "my-bot.example.ngrok.app")]
    [InlineData("X-Forwarded-Proto", "https")]
    [InlineData("x-forwarded-port", "443")]
    [InlineData("Forwarded", "for=203.0.113.7;proto=https")]
    [InlineData("X-Real-IP", "203.0.113.7")]
    [InlineData("X-Original-For", "203.0.113.7")]
    [InlineData("Via", "1.1 tunnel")]
    public async Task RequestForwardedByATunnelOrProxy_Is403(string header, string value)
    {
        using var request = Post(Message());
        request.Headers.TryAddWithoutValidation(header, value);

        using var response = await _host.Client.SendAsync(request, Cancel);

        await AssertRefusedAsync(response, HttpStatusCode.Forbidden, $"a request forwarded by a proxy or tunnel ({header}) is refused: a tunnel needs Teams:AppId");
    }

    [Theory]
    [InlineData("attacker.example")]
    [InlineData("attacker.example:3978")]
    [InlineData("127.0.0.1.nip.io")]
    [InlineData("localhost.attacker.example")]
    [InlineData("10.0.0.5")]
    public async Task NonLoopbackHostHeader_DnsRebinding_Is403(string host)
    {
        using var request = Post(Message());
        request.Headers.Host = host;

        using var response = await _host.Client.SendAsync(request, Cancel);

        await AssertRefusedAsync(response, HttpStatusCode.Forbidden, $"the Host header must name this machine (localhost, 127.0.0.1 or [::1]), not '{host}'");
    }

    [Theory]
    [InlineData("localhost:3978")]
    [InlineData("LOCALHOST")]
    [InlineData("127.0.0.1")]
    [InlineData("127.10.20.30:80")]
    [InlineData("[::1]:3978")]
    public async Task LoopbackHostHeader_IsServed(string host)
    {
        using var request = Post(Message());
        request.Headers.Host = host;

        using var response = await _host.Client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await _connector.WaitForCallsAsync(1));
    }

    [Theory]
    [InlineData("https://attacker.example")]
    [InlineData("null")]
    [InlineData("http://127.0.0.1:3978")]
    public async Task AnyOrigin_ABrowserPage_Is403(string origin)
    {
        using var request = Post(Message());
        request.Headers.TryAddWithoutValidation("Origin", origin);

        using var response = await _host.Client.SendAsync(request, Cancel);

        await AssertRefusedAsync(response, HttpStatusCode.Forbidden, "a request sent by a web page (it carries an Origin or Sec-Fetch-Site header) is refused");
    }

    [Fact]
    public async Task CrossSiteFormPostOfAnInvoke_AsTheAttackSentIt_IsRefusedAndNothingIsPut()
    {
        var invoke = TeamsActivities.Invoke(_connector.ServiceUrl, new JsonObject { ["v"] = 1, ["action"] = "run", ["line"] = "clinops M5 smart" });
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("api/messages", UriKind.Relative))
        {
            Content = new StringContent(invoke.ToJsonString(), Encoding.UTF8, "text/plain"),
        };
        request.Headers.TryAddWithoutValidation("Origin", "https://attacker.example");
        request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", "cross-site");

        using var response = await _host.Client.SendAsync(request, Cancel);

        await AssertRefusedAsync(response, HttpStatusCode.Forbidden, "web page");
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/jsonp")]
    [InlineData(null)]
    public async Task BodyThatIsNotApplicationJson_Is415(string? contentType)
    {
        using var request = Post(Message());
        request.Content = new StringContent(Message().ToJsonString(), Encoding.UTF8);
        request.Content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);

        using var response = await _host.Client.SendAsync(request, Cancel);

        await AssertRefusedAsync(response, HttpStatusCode.UnsupportedMediaType, "only an application/json body is accepted");
    }

    [Theory]
    [InlineData("https://attacker.example/")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://10.0.0.1:8080/")]
    [InlineData("http://localhost.attacker.example/")]
    [InlineData("http://127.0.0.1.nip.io/")]
    [InlineData("http://127.0.0.1@attacker.example/")]
    [InlineData("ftp://127.0.0.1/")]
    [InlineData("file:///etc/passwd")]
    [InlineData("/relative/path")]
    [InlineData("")]
    public async Task ServiceUrlNotOnLoopback_Is403AndNothingIsSentThere(string serviceUrl)
    {
        using var response = await _host.Client.SendAsync(Post(Message(serviceUrl)), Cancel);

        await AssertRefusedAsync(response, HttpStatusCode.Forbidden, "the activity's serviceUrl must be an http(s) URL on this machine");
        Assert.Contains(_host.Logs.Lines, l => l.Text.Contains($"not '{serviceUrl}'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InvokeNamingARemoteServiceUrl_IsRefusedBeforeItsCardIsPut()
    {
        var invoke = TeamsActivities.Invoke("https://attacker.example/", new JsonObject { ["v"] = 1, ["action"] = "run", ["line"] = "clinops M5 smart" });

        using var response = await _host.Client.SendAsync(Post(invoke), Cancel);

        await AssertRefusedAsync(response, HttpStatusCode.Forbidden, "not 'https://attacker.example/'");
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    public async Task LoopbackServiceUrlOnAnyPort_IsServedAndAnsweredThere(string host)
    {
        var serviceUrl = new UriBuilder(_connector.ServiceUrl) { Host = host }.Uri.ToString();

        using var response = await _host.Client.SendAsync(Post(Message(serviceUrl)), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await _connector.WaitForCallsAsync(1));
    }

    [Theory]
    [InlineData("http://127.0.0.2:9/x/")]
    [InlineData("http://[::1]:1/")]
    [InlineData("https://localhost/")]
    public void LoopbackServiceUrls_AreAccepted(string serviceUrl)
    {
        Assert.True(Auth.LocalDevelopmentGate.CheckServiceUrl(serviceUrl).IsAccepted);
    }

    private JsonObject Message(string? serviceUrl = null) => TeamsActivities.Message(serviceUrl ?? _connector.ServiceUrl, "goals list");

    private static HttpRequestMessage Post(JsonObject activity) =>
        new(HttpMethod.Post, new Uri("api/messages", UriKind.Relative)) { Content = TeamsActivities.Content(activity) };

    /// <summary>The status and reason in the answer and in the log, and that nothing was sent: a plain local activity after it is the only one answered.</summary>
    private async Task AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode status, string reason)
    {
        Assert.Equal(status, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Contains(reason, body, StringComparison.Ordinal);
        Assert.Contains("Teams:AppId is not set (local development mode)", body, StringComparison.Ordinal);
        Assert.Contains(_host.Logs.Lines, l => l.Level == LogLevel.Warning && l.Text.Contains($"refused a request to /api/messages with {(int)status}", StringComparison.Ordinal) && l.Text.Contains(reason, StringComparison.Ordinal));

        var fence = Message();
        using var answered = await _host.Client.SendAsync(Post(fence), Cancel);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.All(await _connector.WaitForCallsAsync(1), c => Assert.EndsWith("/activities/" + fence["id"]!.GetValue<string>(), c.RawPath, StringComparison.Ordinal));
    }
}
