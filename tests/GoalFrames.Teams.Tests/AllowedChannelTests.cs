using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using GoalFrames.Teams.Outbound;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using GoalFrames.Testing;

namespace GoalFrames.Teams.Tests;

/// <summary>
/// Only Teams activities are served: ids are read as Teams identities, so another Bot Framework channel (Direct Line,
/// Web Chat, Skype) must not reach a Teams user's drafts. Teams:AllowedChannels can widen that on purpose.
/// </summary>
public sealed class AllowedChannelTests : IAsyncLifetime
{
    private const string Tenant = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
    private FakeOpenIdServer _openId = null!;
    private FakeConnector _connector = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _openId = await FakeOpenIdServer.StartAsync();
        _connector = await FakeConnector.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _connector.DisposeAsync();
        await _openId.DisposeAsync();
    }

    [Theory]
    [InlineData("skype")]
    [InlineData("SKYPE")]
    public async Task BotFrameworkTokenEndorsedForTheChannel_ButNotTeams_Is403AndLogged(string channel)
    {
        await using var host = await StartWithAppIdAsync();

        using var response = await PostAsync(host, Activity(channel), TestTokens.Create(_openId.TeamsKey, _time.GetUtcNow().AddMinutes(30), serviceUrl: _connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Contains($"the channel '{channel}' is not accepted here; Teams:AllowedChannels is msteams", body, StringComparison.Ordinal);
        Assert.Contains(host.Logs.Lines, l => l.Level == LogLevel.Warning && l.Text.Contains("refused a request to /api/messages with 403: the channel", StringComparison.Ordinal));
        await AssertNothingSentAsync(host);
    }

    [Fact]
    public async Task DirectLineActivityNamingATeamsUsersObjectId_WithAnEntraTokenOfTheBot_Is403()
    {
        await using var host = await StartWithAppIdAsync();
        var activity = Activity("directline");
        activity["from"] = new JsonObject { ["id"] = "aad-user-1" };
        var token = TestTokens.Create(_openId.EntraKey, _time.GetUtcNow().AddMinutes(30), issuer: $"https://login.microsoftonline.com/{Tenant}/v2.0", serviceUrl: _connector.ServiceUrl, extraClaims: TestTokens.IssuedTo("2.0", TestTokens.AppId));

        using var response = await PostAsync(host, activity, token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("the channel 'directline' is not accepted", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        await AssertNothingSentAsync(host);
    }

    [Theory]
    [InlineData("directline")]
    [InlineData("webchat")]
    [InlineData("emulator")]
    [InlineData("msteams-not")]
    [InlineData("")]
    [InlineData(null)]
    public async Task DevelopmentMode_AnotherChannelOrNone_Is403(string? channel)
    {
        await using var host = await TeamsTestHost.StartAsync();
        var activity = Activity(channel ?? string.Empty);
        if (channel is null)
        {
            activity.Remove("channelId");
        }

        using var response = await PostAsync(host, activity, token: null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains($"the channel '{channel}' is not accepted", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        await AssertNothingSentAsync(host);
    }

    [Theory]
    [InlineData("Teams:AllowedChannels", "msteams, skype", null, null)]
    [InlineData("Teams:AllowedChannels:0", "msteams", "Teams:AllowedChannels:1", "skype")]
    public async Task AllowedChannelsSetting_AsOneValueOrAList_WidensItOnPurpose(string key, string value, string? key2, string? value2)
    {
        var settings = new Dictionary<string, string?> { [key] = value };
        if (key2 is not null)
        {
            settings[key2] = value2;
        }

        await using var host = await StartWithAppIdAsync(settings);

        using var skype = await PostAsync(host, Activity("skype"), TestTokens.Create(_openId.TeamsKey, _time.GetUtcNow().AddMinutes(30), serviceUrl: _connector.ServiceUrl));
        using var teams = await PostAsync(host, Activity("msteams"), TestTokens.Create(_openId.TeamsKey, _time.GetUtcNow().AddMinutes(30), serviceUrl: _connector.ServiceUrl));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (skype.StatusCode, teams.StatusCode));
    }

    [Fact]
    public async Task AllowedChannelsSetting_WithoutMsTeams_RefusesTeamsToo()
    {
        await using var host = await StartWithAppIdAsync(new Dictionary<string, string?> { ["Teams:AllowedChannels:0"] = "skype" });

        using var teams = await PostAsync(host, Activity("msteams"), TestTokens.Create(_openId.TeamsKey, _time.GetUtcNow().AddMinutes(30), serviceUrl: _connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.Forbidden, teams.StatusCode);
        Assert.Contains("Teams:AllowedChannels is skype", await teams.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    private JsonObject Activity(string channel)
    {
        var activity = TeamsActivities.Message(_connector.ServiceUrl, "goals list");
        activity["channelId"] = channel;
        return activity;
    }

    private Task<TeamsTestHost> StartWithAppIdAsync(IDictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Teams:AppId"] = TestTokens.AppId,
            ["Teams:AppPassword"] = "not-used-here",
            ["Teams:TenantId"] = Tenant,
            ["Teams:OpenIdMetadataUrl"] = _openId.BotFrameworkMetadataUrl,
            ["Teams:EntraOpenIdMetadataUrl"] = _openId.EntraMetadataUrl,
        };
        foreach (var (key, value) in more ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return TeamsTestHost.StartAsync(settings, services =>
        {
            services.AddSingleton<TimeProvider>(_time);
            services.AddSingleton<IBotTokenSource>(new FixedTokenSource("connector-token"));
        });
    }

    private static async Task<HttpResponseMessage> PostAsync(TeamsTestHost host, JsonObject activity, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("api/messages", UriKind.Relative)) { Content = TeamsActivities.Content(activity) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await host.Client.SendAsync(request, Cancel);
    }

    /// <summary>A refused activity is answered before anything is queued, so the connector stays silent while a Teams activity after it is answered.</summary>
    private async Task AssertNothingSentAsync(TeamsTestHost host)
    {
        var fence = Activity("msteams");
        var token = host.Services.GetRequiredService<IOptions<TeamsOptions>>().Value.AppId is null
            ? null
            : TestTokens.Create(_openId.TeamsKey, _time.GetUtcNow().AddMinutes(30), serviceUrl: _connector.ServiceUrl);
        using var answered = await PostAsync(host, fence, token);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.All(await _connector.WaitForCallsAsync(1), c => Assert.EndsWith("/activities/" + fence["id"]!.GetValue<string>(), c.RawPath, StringComparison.Ordinal));
    }
}
