using System.Net;
using System.Net.Http.Headers;
using GoalFrames.Teams.Outbound;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;
using GoalFrames.Testing;

namespace GoalFrames.Teams.Tests;

/// <summary>
/// The inbound token matrix against a local OpenID metadata + JWKS server with keys generated here: what Teams sends
/// is accepted, and every way a token can be wrong is refused with 401 (or 403 for a key not endorsed for Teams).
/// </summary>
public sealed class BotAuthenticationTests : IAsyncLifetime
{
    private const string Tenant = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
    private const string V1Issuer = $"https://sts.windows.net/{Tenant}/";
    private const string V2Issuer = $"https://login.microsoftonline.com/{Tenant}/v2.0";
    private const string OtherApp = "99999999-8888-7777-6666-555555555555";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
    private FakeOpenIdServer _openId = null!;
    private FakeConnector _connector = null!;
    private TeamsTestHost _host = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private DateTimeOffset Now => _time.GetUtcNow();

    public async ValueTask InitializeAsync()
    {
        _openId = await FakeOpenIdServer.StartAsync();
        _connector = await FakeConnector.StartAsync();
        _host = await TeamsTestHost.StartAsync(
            new Dictionary<string, string?>
            {
                ["Teams:AppId"] = TestTokens.AppId,
                ["Teams:AppPassword"] = "not-used-here",
                ["Teams:TenantId"] = Tenant,
                ["Teams:OpenIdMetadataUrl"] = _openId.BotFrameworkMetadataUrl,
                ["Teams:EntraOpenIdMetadataUrl"] = _openId.EntraMetadataUrl,
            },
            services =>
            {
                services.AddSingleton<TimeProvider>(_time);
                services.AddSingleton<IBotTokenSource>(new FixedTokenSource("connector-token"));
            });
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
        await _openId.DisposeAsync();
    }

    [Fact]
    public async Task ValidBotFrameworkToken_Is200AndTheReplyGoesOutWithTheBotsOwnToken()
    {
        using var response = await PostAsync(TestTokens.Create(_openId.TeamsKey, Now.AddMinutes(30), serviceUrl: _connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = (await _connector.WaitForCallsAsync(1)).Single();
        Assert.Equal("Bearer connector-token", reply.Authorization);
    }

    [Fact]
    public async Task ServiceUrlClaimInAnotherCase_Is200()
    {
        using var response = await PostAsync(TestTokens.Create(_openId.TeamsKey, Now.AddMinutes(30), serviceUrl: _connector.ServiceUrl.ToUpperInvariant()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ExpiredWithinTheFiveMinuteSkew_Is200()
    {
        using var response = await PostAsync(TestTokens.Create(_openId.TeamsKey, Now.AddMinutes(-4).AddSeconds(-59), serviceUrl: _connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task EntraV2TokenIssuedToTheBot_Is200()
    {
        using var response = await PostAsync(Entra(V2Issuer, TestTokens.IssuedTo("2.0", TestTokens.AppId)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bearer connector-token", (await _connector.WaitForCallsAsync(1)).Single().Authorization);
    }

    [Fact]
    public async Task EntraV1TokenIssuedToTheBot_Is200()
    {
        using var response = await PostAsync(Entra(V1Issuer, TestTokens.IssuedTo("1.0", TestTokens.AppId)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task EntraTokenWithoutVer_ReadsAppidAsV1Does_Is200()
    {
        using var response = await PostAsync(Entra(V1Issuer, new Dictionary<string, object> { ["appid"] = TestTokens.AppId }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(V2Issuer, "2.0")]
    [InlineData(V1Issuer, "1.0")]
    [InlineData(V1Issuer, "2.0")]
    [InlineData(V2Issuer, "1.0")]
    public async Task EntraTokenOfTheBotsTenantIssuedToAnotherApp_Is401(string issuer, string version)
    {
        using var response = await PostAsync(Entra(issuer, TestTokens.IssuedTo(version, OtherApp)));

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "issued to another app");
        Assert.Contains(_host.Logs.Lines, l => l.Text.Contains("refused a request to /api/messages with 401: the token was issued to another app", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EntraV2Token_TheVersionDecides_AppidOfTheBotDoesNotCoverAnAzpOfAnotherApp()
    {
        var claims = new Dictionary<string, object> { ["ver"] = "2.0", ["azp"] = OtherApp, ["appid"] = TestTokens.AppId };

        using var response = await PostAsync(Entra(V2Issuer, claims));

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "'azp' is not this bot's app id");
    }

    [Fact]
    public async Task EntraV1Token_TheVersionDecides_AzpOfTheBotDoesNotCoverAnAppidOfAnotherApp()
    {
        var claims = new Dictionary<string, object> { ["ver"] = "1.0", ["appid"] = OtherApp, ["azp"] = TestTokens.AppId };

        using var response = await PostAsync(Entra(V1Issuer, claims));

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "'appid' is not this bot's app id");
    }

    [Theory]
    [InlineData("2.0", "azp")]
    [InlineData("1.0", "appid")]
    public async Task EntraTokenNamingNoApp_Is401(string version, string claim)
    {
        using var response = await PostAsync(Entra(V2Issuer, new Dictionary<string, object> { ["ver"] = version }));

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, $"no '{claim}' claim");
    }

    [Fact]
    public async Task EntraTokenOfAnUnknownVersion_Is401()
    {
        using var response = await PostAsync(Entra(V2Issuer, new Dictionary<string, object> { ["ver"] = "3.0", ["azp"] = TestTokens.AppId, ["appid"] = TestTokens.AppId }));

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "version '3.0' is unknown");
    }

    [Theory]
    [InlineData(V2Issuer, "2.0")]
    [InlineData(V1Issuer, "1.0")]
    public async Task EntraTokenIssuedToTheBotWithoutServiceUrlClaim_Is401(string issuer, string version)
    {
        var token = TestTokens.Create(_openId.EntraKey, Now.AddMinutes(30), issuer: issuer, extraClaims: TestTokens.IssuedTo(version, TestTokens.AppId));

        using var response = await PostAsync(token);

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "no serviceurl claim");
    }

    [Fact]
    public async Task EntraTokenIssuedToTheBotForAnotherServiceUrl_Is401()
    {
        var token = TestTokens.Create(_openId.EntraKey, Now.AddMinutes(30), issuer: V2Issuer, serviceUrl: "https://smba.trafficmanager.net/amer/", extraClaims: TestTokens.IssuedTo("2.0", TestTokens.AppId));

        using var response = await PostAsync(token);

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "serviceurl");
    }

    [Fact]
    public async Task MissingAuthorizationHeader_Is401()
    {
        using var response = await PostAsync(token: null);

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "missing Authorization");
    }

    [Fact]
    public async Task BasicScheme_Is401()
    {
        using var request = Request(null);
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", "dXNlcjpwYXNz");

        using var response = await _host.Client.SendAsync(request, Cancel);

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "missing Authorization");
    }

    [Fact]
    public async Task NotAJwt_Is401()
    {
        using var response = await PostAsync("not-a-token");

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "not a JWT");
    }

    [Fact]
    public async Task WrongIssuer_Is401()
    {
        using var response = await PostAsync(TestTokens.Create(_openId.TeamsKey, Now.AddMinutes(30), issuer: "https://evil.example.com", serviceUrl: _connector.ServiceUrl));

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "issuer");
    }

    [Fact]
    public async Task EntraTokenOfAnotherTenant_Is401()
    {
        var token = TestTokens.Create(_openId.EntraKey, Now.AddMinutes(30), issuer: "https://login.microsoftonline.com/99999999-9999-9999-9999-999999999999/v2.0", serviceUrl: _connector.ServiceUrl);

        using var response = await PostAsync(token);

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "issuer");
    }

    [Fact]
    public async Task BotFrameworkIssuerSignedWithAnEntraKey_Is401()
    {
        using var response = await PostAsync(TestTokens.Create(_openId.EntraKey, Now.AddMinutes(30), serviceUrl: _connector.ServiceUrl));

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "unknown signing key");
    }

    [Fact]
    public async Task WrongAudience_Is401()
    {
        using var response = await PostAsync(TestTokens.Create(_openId.TeamsKey, Now.AddMinutes(30), audience: "99999999-0000-0000-0000-000000000000", serviceUrl: _connector.ServiceUrl));

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "audience");
    }

    [Fact]
    public async Task ExpiredBeyondTheSkew_Is401()
    {
        using var response = await PostAsync(TestTokens.Create(_openId.TeamsKey, Now.AddMinutes(-5).AddSeconds(-1), serviceUrl: _connector.ServiceUrl));

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "expired");
    }

    [Fact]
    public async Task Hs256WithTheKeyIdOfATeamsKey_Is401()
    {
        using var response = await PostAsync(TestTokens.Create(TestTokens.SharedSecret(), Now.AddMinutes(30), serviceUrl: _connector.ServiceUrl, algorithm: SecurityAlgorithms.HmacSha256));

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "not valid");
    }

    [Fact]
    public async Task AlgNone_Is401()
    {
        var token = TestTokens.Create(key: null, Now.AddMinutes(30), serviceUrl: _connector.ServiceUrl);
        Assert.Contains("\"alg\":\"none\"", Base64UrlEncoder.Decode(token.Split('.')[0]), StringComparison.Ordinal);

        using var response = await PostAsync(token);

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "not valid");
    }

    [Fact]
    public async Task ServiceUrlClaimOfAnotherService_Is401()
    {
        using var response = await PostAsync(TestTokens.Create(_openId.TeamsKey, Now.AddMinutes(30), serviceUrl: "https://smba.trafficmanager.net/amer/"));

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "serviceurl");
    }

    [Fact]
    public async Task ActivityNamingAnotherServiceUrlThanItsToken_Is401AndNeitherServiceHearsFromTheBot()
    {
        await using var other = await FakeConnector.StartAsync();
        using var request = Request(
            TestTokens.Create(_openId.TeamsKey, Now.AddMinutes(30), serviceUrl: _connector.ServiceUrl),
            TeamsActivities.Message(other.ServiceUrl, "goals list"));

        using var response = await _host.Client.SendAsync(request, Cancel);

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "does not match the activity's serviceUrl");
        Assert.Empty(other.Calls);
    }

    [Fact]
    public async Task NoServiceUrlClaim_Is401()
    {
        using var response = await PostAsync(TestTokens.Create(_openId.TeamsKey, Now.AddMinutes(30)));

        await AssertRefusedAsync(response, HttpStatusCode.Unauthorized, "serviceurl");
    }

    [Fact]
    public async Task KeyNotEndorsedForMsTeams_Is403()
    {
        using var response = await PostAsync(TestTokens.Create(_openId.WebChatOnlyKey, Now.AddMinutes(30), serviceUrl: _connector.ServiceUrl));

        await AssertRefusedAsync(response, HttpStatusCode.Forbidden, "not endorsed for channel 'msteams'");
    }

    private string Entra(string issuer, IReadOnlyDictionary<string, object> claims) =>
        TestTokens.Create(_openId.EntraKey, Now.AddMinutes(30), issuer: issuer, serviceUrl: _connector.ServiceUrl, extraClaims: claims);

    /// <summary>
    /// The refusal's status and reason, and that it sent nothing: a valid activity posted after it is the only one the
    /// connector ever hears of (a refused activity is answered before anything is queued).
    /// </summary>
    private async Task AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode status, string reason)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        var fenceId = "fence-" + Guid.NewGuid().ToString("N");
        using var fence = Request(TestTokens.Create(_openId.TeamsKey, Now.AddMinutes(30), serviceUrl: _connector.ServiceUrl), TeamsActivities.Message(_connector.ServiceUrl, "goals list", id: fenceId));
        using var fenced = await _host.Client.SendAsync(fence, Cancel);
        Assert.Equal(HttpStatusCode.OK, fenced.StatusCode);
        Assert.All(await _connector.WaitForCallsAsync(1), c => Assert.EndsWith("/activities/" + fenceId, c.RawPath, StringComparison.Ordinal));
    }

    private async Task<HttpResponseMessage> PostAsync(string? token)
    {
        using var request = Request(token);
        return await _host.Client.SendAsync(request, Cancel);
    }

    private HttpRequestMessage Request(string? token, System.Text.Json.Nodes.JsonObject? activity = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("api/messages", UriKind.Relative))
        {
            Content = TeamsActivities.Content(activity ?? TeamsActivities.Message(_connector.ServiceUrl, "goals list")),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }
}
