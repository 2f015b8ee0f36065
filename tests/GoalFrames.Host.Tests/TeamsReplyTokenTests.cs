using System.Net;
using System.Net.Http.Headers;
using GoalFrames.Teams.Tests;
using GoalFrames.Testing;

namespace GoalFrames.Host.Tests;

/// <summary>
/// A Teams message through the real binary with an app id: the inbound token checked against a local OpenID
/// configuration, the reply's token fetched by MSAL from a local token endpoint and sent to a local connector.
/// </summary>
public sealed class TeamsReplyTokenTests
{
    [Fact]
    public async Task Message_IsAnsweredThroughTheConnectorWithTheTokenMsalGotForTheBotsTenant()
    {
        await using var openId = await FakeOpenIdServer.StartAsync();
        await using var tokens = await FakeTokenEndpoint.StartAsync();
        await using var connector = await FakeConnector.StartAsync();
        // A process: the token endpoint's certificate is trusted through SSL_CERT_FILE, read once per process.
        await using var host = await HostProcess.StartAsync(new Dictionary<string, string> { ["SSL_CERT_FILE"] = tokens.TrustFile }, TeamsTokenTests.Settings(openId, "--Teams:AuthorityHost", tokens.AuthorityHost));
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
        {
            Content = TeamsActivities.Content(TeamsActivities.Message(connector.ServiceUrl, "goals clinops M5 smart")),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(openId.TeamsKey, DateTimeOffset.UtcNow.AddHours(1), serviceUrl: connector.ServiceUrl));

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var call = (await connector.WaitForCallsAsync(1, TimeSpan.FromSeconds(30)))[0];
        Assert.Equal("Bearer connector-token-1", call.Authorization);
        Assert.Contains("Serves as department head for Clinical Operations", call.Body, StringComparison.Ordinal);
        var (path, body) = Assert.Single(tokens.Requests);
        Assert.Equal($"/{TeamsTokenTests.Tenant}/oauth2/v2.0/token", path);
        Assert.Contains("grant_type=client_credentials", body, StringComparison.Ordinal);
        Assert.Contains("scope=https%3A%2F%2Fapi.botframework.com%2F.default", body, StringComparison.Ordinal);
    }
}
