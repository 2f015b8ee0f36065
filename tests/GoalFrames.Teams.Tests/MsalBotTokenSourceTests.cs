using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using GoalFrames.Teams.Outbound;
using Microsoft.Identity.Client;
using Microsoft.Extensions.Options;

namespace GoalFrames.Teams.Tests;

/// <summary>Client-credentials tokens from MSAL, with the token endpoint answered in-process: authority, scope and the token cache.</summary>
public sealed class MsalBotTokenSourceTests
{
    private const string Tenant = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SingleTenant_AsksTheBotsTenantForTheBotFrameworkScopeOnceAndCachesTheToken()
    {
        var endpoint = new FakeTokenEndpoint();
        var source = new MsalBotTokenSource(Options(TeamsAppType.SingleTenant, Tenant), endpoint);

        var first = await source.GetTokenAsync(Cancel);
        var second = await source.GetTokenAsync(Cancel);

        Assert.Equal("token-1", first);
        Assert.Equal("token-1", second);
        var request = Assert.Single(endpoint.TokenRequests);
        Assert.Equal($"https://login.microsoftonline.com/{Tenant}/oauth2/v2.0/token", request.Url);
        Assert.Contains("grant_type=client_credentials", request.Body, StringComparison.Ordinal);
        Assert.Contains("scope=https%3A%2F%2Fapi.botframework.com%2F.default", request.Body, StringComparison.Ordinal);
        Assert.Contains("client_id=" + TestTokens.AppId, request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MultiTenant_AsksBotframeworkCom()
    {
        var endpoint = new FakeTokenEndpoint();
        var source = new MsalBotTokenSource(Options(TeamsAppType.MultiTenant, tenant: null), endpoint);

        await source.GetTokenAsync(Cancel);

        Assert.Equal("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token", Assert.Single(endpoint.TokenRequests).Url);
    }

    [Fact]
    public void SingleTenantWithoutTenantId_RefusesWithTheSettingToFix()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => new MsalBotTokenSource(Options(TeamsAppType.SingleTenant, tenant: null), new FakeTokenEndpoint()));

        Assert.Contains("Teams:TenantId", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AppIdWithoutPassword_RefusesWithTheSettingToFix()
    {
        var options = Microsoft.Extensions.Options.Options.Create(new TeamsOptions { AppId = TestTokens.AppId, TenantId = Tenant });

        var failure = Assert.Throws<InvalidOperationException>(() => new MsalBotTokenSource(options, new FakeTokenEndpoint()));

        Assert.Contains("Teams:AppPassword", failure.Message, StringComparison.Ordinal);
    }

    private static IOptions<TeamsOptions> Options(TeamsAppType type, string? tenant) => Microsoft.Extensions.Options.Options.Create(new TeamsOptions
    {
        AppId = TestTokens.AppId,
        AppPassword = "client-secret",
        TenantId = tenant,
        AppType = type,
    });

    /// <summary>Answers MSAL's token requests the way the Entra token endpoint does.</summary>
    private sealed class FakeTokenEndpoint : HttpMessageHandler, IMsalHttpClientFactory
    {
        private int _issued;

        public ConcurrentQueue<(string Url, string Body)> TokenRequests { get; } = new();

        public HttpClient GetHttpClient() => new(this, disposeHandler: false);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var url = request.RequestUri!.GetLeftPart(UriPartial.Path);
            if (!url.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))
            {
                return new HttpResponseMessage(HttpStatusCode.NotFound);
            }

            TokenRequests.Enqueue((url, await request.Content!.ReadAsStringAsync(cancellationToken)));
            var token = new JsonObject { ["token_type"] = "Bearer", ["expires_in"] = 3599, ["access_token"] = "token-" + Interlocked.Increment(ref _issued) };
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(token.ToJsonString(), System.Text.Encoding.UTF8, "application/json") };
        }
    }
}
