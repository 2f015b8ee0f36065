using System.Diagnostics;
using Activity = GoalFrames.Teams.Activities.Activity;
using GoalFrames.Teams.Activities;
using GoalFrames.Teams.Outbound;
using GoalFrames.Testing;

namespace GoalFrames.Teams.Tests;

/// <summary>The outbound connector client against a fake connector on loopback that answers with the documented statuses and error bodies.</summary>
public sealed class ConnectorClientTests : IAsyncLifetime
{
    private const string Conversation = "19:abc@thread.tacv2;messageid=1700000000001";
    private static readonly Activity Hello = new() { Type = "message", Text = "hello" };
    private readonly TeamsTestHost.LogSink _log = new();
    private FakeConnector _connector = null!;
    private ServiceProvider _services = null!;
    private ConnectorClient _client = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(_log));
        services.AddSingleton(TimeProvider.System);
        services.Configure<TeamsOptions>(o =>
        {
            o.ConnectorTimeout = TimeSpan.FromMilliseconds(500);
            o.ConnectorBackoff = TimeSpan.FromMilliseconds(20);
        });
        services.AddSingleton<IBotTokenSource>(new FixedTokenSource("bot-token"));
        services.AddConnectorClient();
        _services = services.BuildServiceProvider();
        _client = _services.GetRequiredService<ConnectorClient>();

        // As an accepted activity from this service would have.
        _services.GetRequiredService<ServiceUrlBindings>().Bind(_connector.ServiceUrl);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Send_ThreadConversationId_IsEscapedUnderTheServiceUrlAndCarriesTheToken()
    {
        var sent = await _client.SendAsync(_connector.ServiceUrl, Conversation, Hello, Cancel);

        var call = Assert.Single(_connector.Calls);
        Assert.Equal("POST", call.Method);
        Assert.Equal("/teams/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1700000000001/activities", call.RawPath);
        Assert.Equal("Bearer bot-token", call.Authorization);
        Assert.Equal("hello", call.Text);
        Assert.Equal("activity-1", sent.Id);
    }

    [Fact]
    public async Task Reply_AndUpdate_UseTheActivityIdInThePath()
    {
        await _client.ReplyAsync(_connector.ServiceUrl, "a:1", "msg/1", Hello, Cancel);
        await _client.UpdateAsync(_connector.ServiceUrl, "a:1", "msg/1", Hello, Cancel);

        var calls = _connector.Calls.ToArray();
        Assert.Equal(("POST", "/teams/v3/conversations/a%3A1/activities/msg%2F1"), (calls[0].Method, calls[0].RawPath));
        Assert.Equal(("PUT", "/teams/v3/conversations/a%3A1/activities/msg%2F1"), (calls[1].Method, calls[1].RawPath));
        Assert.Equal("msg/1", calls[1].Json.GetProperty("id").GetString());
    }

    [Fact]
    public async Task EveryCall_ToAServiceUrlNoAcceptedActivityBound_IsRefusedAndLoggedAndNoRequestCarriesTheToken()
    {
        await using var elsewhere = await FakeConnector.StartAsync();
        var parameters = new ConversationParameters(new ChannelAccount("28:bot"), [new ChannelAccount("29:user")], false, "tenant-1", new TeamsChannelData(new TenantInfo("tenant-1")));
        Func<Task>[] calls =
        [
            () => _client.SendAsync(elsewhere.ServiceUrl, "a:1", Hello, Cancel),
            () => _client.ReplyAsync(elsewhere.ServiceUrl, "a:1", "msg-1", Hello, Cancel),
            () => _client.UpdateAsync(elsewhere.ServiceUrl, "a:1", "card-1", Hello, Cancel),
            () => _client.CreateConversationAsync(elsewhere.ServiceUrl, parameters, Cancel),
        ];

        foreach (var call in calls)
        {
            var failure = await Assert.ThrowsAsync<ConnectorException>(call);
            Assert.Equal(ConnectorFailure.Refused, failure.Failure);
            Assert.Contains("not sent", failure.Message, StringComparison.Ordinal);
        }

        Assert.Equal(4, _log.Lines.Count(l => l.Level == LogLevel.Warning && l.Text.Contains($"to {elsewhere.ServiceUrl}: no accepted activity bound that service URL", StringComparison.Ordinal)));
        await _client.SendAsync(_connector.ServiceUrl, "a:1", Hello, Cancel);
        Assert.Single(_connector.Calls);
        Assert.Empty(elsewhere.Calls);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("")]
    public async Task BoundServiceUrl_MatchesWithOrWithoutTheTrailingSlashAndInAnyCase(string ending)
    {
        var serviceUrl = _connector.ServiceUrl.TrimEnd('/').ToUpperInvariant().Replace("HTTP://", "http://", StringComparison.Ordinal) + ending;

        await _client.SendAsync(serviceUrl, "a:1", Hello, Cancel);

        Assert.Single(_connector.Calls);
    }

    [Fact]
    public async Task Send_TextAndAttachmentsTogether_IsRefusedBeforeAnythingIsSent()
    {
        var both = Hello with { Attachments = [new Attachment("application/vnd.microsoft.card.adaptive", null)] };

        await Assert.ThrowsAsync<ArgumentException>(() => _client.SendAsync(_connector.ServiceUrl, "a:1", both, Cancel));

        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task Send_429WithRetryAfter_WaitsThatLongThenSucceeds()
    {
        _connector.Then(429, "Throttled", retryAfter: "1");
        var clock = Stopwatch.StartNew();

        var sent = await _client.SendAsync(_connector.ServiceUrl, "a:1", Hello, Cancel);

        var calls = _connector.Calls.ToArray();
        Assert.Equal(2, calls.Length);
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromMilliseconds(950), $"retried after {(calls[1].At - calls[0].At).TotalMilliseconds:0} ms");
        Assert.Equal("activity-1", sent.Id);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Send_429WithARetryAfterTooLongToHoldTheTurn_FailsAsUnavailableWithoutRetrying()
    {
        _connector.Then(429, "Throttled", retryAfter: "3600");

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => _client.SendAsync(_connector.ServiceUrl, "a:1", Hello, Cancel));

        Assert.Equal((429, "Throttled", ConnectorFailure.Unavailable), (failure.Status, failure.Code, failure.Failure));
        Assert.Single(_connector.Calls);
    }

    [Theory]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Send_TransientStatus_BacksOffAndSucceeds(int status)
    {
        _connector.Then(status, "ServiceError");
        _connector.Then(status, "ServiceError");

        var sent = await _client.SendAsync(_connector.ServiceUrl, "a:1", Hello, Cancel);

        Assert.Equal(3, _connector.Calls.Count);
        Assert.Equal("activity-1", sent.Id);
    }

    [Fact]
    public async Task Send_500_IsNotRetried()
    {
        _connector.Then(500, "InternalServerError");

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => _client.SendAsync(_connector.ServiceUrl, "a:1", Hello, Cancel));

        Assert.Equal((500, "InternalServerError", ConnectorFailure.Rejected), (failure.Status, failure.Code, failure.Failure));
        Assert.Single(_connector.Calls);
    }

    [Theory]
    [InlineData("BotNotInConversationRoster")]
    [InlineData("ConversationBlockedByUser")]
    [InlineData("BotDisabledByAdmin")]
    [InlineData("NotEnoughPermissions")]
    public async Task Send_403_StopsWithTheConnectorsCode(string code)
    {
        _connector.Then(403, code);

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => _client.SendAsync(_connector.ServiceUrl, "a:1", Hello, Cancel));

        Assert.Equal((403, code, ConnectorFailure.Stop), (failure.Status, failure.Code, failure.Failure));
        Assert.Contains(code + " (fake)", failure.Message, StringComparison.Ordinal);
        Assert.Single(_connector.Calls);
    }

    [Fact]
    public async Task Send_404ConversationNotFound_IsDropped()
    {
        _connector.Then(404, "ConversationNotFound");

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => _client.SendAsync(_connector.ServiceUrl, "a:1", Hello, Cancel));

        Assert.Equal((404, "ConversationNotFound", ConnectorFailure.Drop), (failure.Status, failure.Code, failure.Failure));
        Assert.Single(_connector.Calls);
    }

    [Fact]
    public async Task Send_ErrorWithoutJsonBody_StillFailsWithTheStatus()
    {
        _connector.Then(400);

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => _client.SendAsync(_connector.ServiceUrl, "a:1", Hello, Cancel));

        Assert.Equal((400, null, ConnectorFailure.Rejected), (failure.Status, failure.Code, failure.Failure));
    }

    [Fact]
    public async Task Send_TimeoutAfterThePostWasSent_IsNeverReplayed()
    {
        _connector.Then(201, delay: TimeSpan.FromSeconds(2));

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => _client.SendAsync(_connector.ServiceUrl, "a:1", Hello, Cancel));

        // The client retries inside SendAsync, never in the background: a replay would have reached the fake before the
        // failure was thrown, so there is nothing to wait for.
        Assert.Equal(ConnectorFailure.Ambiguous, failure.Failure);
        Assert.Single(_connector.Calls);
    }

    [Fact]
    public async Task Update_TimeoutAfterThePutWasSent_IsRetriedBecausePutIsIdempotent()
    {
        _connector.Then(200, delay: TimeSpan.FromSeconds(2));

        var updated = await _client.UpdateAsync(_connector.ServiceUrl, "a:1", "card-1", Hello, Cancel);

        Assert.Equal(2, _connector.Calls.Count);
        Assert.All(_connector.Calls, c => Assert.Equal("PUT", c.Method));
        Assert.Equal("activity-1", updated.Id);
    }

    [Fact]
    public async Task CreateConversation_ReturnsTheNewConversationId()
    {
        var parameters = new ConversationParameters(new ChannelAccount("28:bot"), [new ChannelAccount("29:user")], false, "tenant-1", new TeamsChannelData(new TenantInfo("tenant-1")));

        var created = await _client.CreateConversationAsync(_connector.ServiceUrl, parameters, Cancel);

        Assert.Equal("a:new-personal-chat", created.Id);
        var body = Assert.Single(_connector.Calls).Json;
        Assert.Equal("29:user", body.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.Equal("tenant-1", body.GetProperty("tenantId").GetString());
    }

    [Fact]
    public async Task Send_SplitMessageAnswered202WithoutBody_HasNoId()
    {
        _connector.Then(202);

        var sent = await _client.SendAsync(_connector.ServiceUrl, "a:1", Hello, Cancel);

        Assert.Null(sent.Id);
    }

    [Fact]
    public void Options_DefaultsFollowTheConnectorGuidance()
    {
        var options = new TeamsOptions();

        Assert.Equal(TimeSpan.FromMinutes(5), options.MaxClockSkew);
        Assert.True(options.InvokeTimeout < TimeSpan.FromSeconds(15));
        Assert.Equal(TeamsAppType.SingleTenant, options.AppType);
        Assert.Equal(new Uri("https://login.botframework.com/v1/.well-known/openidconfiguration"), options.OpenIdMetadataUrl);
    }
}
