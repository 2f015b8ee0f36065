using GoalFrames.Slack.Api;
using GoalFrames.Testing;

namespace GoalFrames.Slack.Tests;

public sealed class SlackApiClientTests : IAsyncLifetime
{
    private FakeSlackApi _slack = null!;
    private ServiceProvider _services = null!;
    private SlackApiClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _slack = await FakeSlackApi.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slack:ApiBaseUrl"] = _slack.BaseUrl.ToString(),
            ["Slack:ApiTimeout"] = "00:00:02",
            ["Slack:ChannelPacing"] = "00:00:00",
        }).Build();
        _services = new ServiceCollection().AddLogging().AddGoalFramesSlack(configuration).BuildServiceProvider();
        _client = _services.GetRequiredService<SlackApiClient>();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task PostMessage_Ok_SendsJsonWithTheBotTokenAndReturnsTheTimestamp()
    {
        var answer = await _client.PostMessageAsync("xoxb-1", new PostMessageRequest("C1", "hello & <you>"), TestContext.Current.CancellationToken);

        Assert.Equal("1700000000.000100", answer.Ts);
        var call = Assert.Single(_slack.Calls);
        Assert.Equal("chat.postMessage", call.Method);
        Assert.Equal("Bearer xoxb-1", call.Authorization);
        Assert.Contains("\"channel\":\"C1\"", call.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostMessage_InvalidBlocks_ThrowsWithSlacksPointers()
    {
        _slack.Then("chat.postMessage", 200, """{"ok":false,"error":"invalid_blocks","response_metadata":{"messages":["[ERROR] must be more than 0 characters [json-pointer:/blocks/0/text/text]"]}}""");

        var error = await Assert.ThrowsAsync<SlackApiException>(() => _client.PostMessageAsync("xoxb-1", new PostMessageRequest("C1", "x"), TestContext.Current.CancellationToken));

        Assert.Equal("invalid_blocks", error.Error);
        Assert.Contains("/blocks/0/text/text", Assert.Single(error.Details), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostMessage_RateLimited_WaitsRetryAfterThenSucceeds()
    {
        _slack.Then("chat.postMessage", 429, """{"ok":false,"error":"ratelimited"}""", retryAfter: "1");

        var answer = await _client.PostMessageAsync("xoxb-1", new PostMessageRequest("C1", "x"), TestContext.Current.CancellationToken);

        Assert.True(answer.Ok);
        Assert.Equal(2, _slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task PostMessage_ServerError_IsNeverReplayed()
    {
        _slack.Then("chat.postMessage", 500, """{"ok":false,"error":"internal_error"}""");

        await Assert.ThrowsAsync<SlackApiException>(() => _client.PostMessageAsync("xoxb-1", new PostMessageRequest("C1", "x"), TestContext.Current.CancellationToken));

        Assert.Equal(1, _slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task PostMessage_TimeoutAfterSending_IsNeverReplayed()
    {
        _slack.Then("chat.postMessage", 200, """{"ok":true}""", delay: TimeSpan.FromSeconds(30));

        await Assert.ThrowsAnyAsync<Exception>(() => _client.PostMessageAsync("xoxb-1", new PostMessageRequest("C1", "x"), TestContext.Current.CancellationToken));

        Assert.Equal(1, _slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task Update_ServerError_IsRetriedBecauseItIsIdempotent()
    {
        _slack.Then("chat.update", 503, """{"ok":false,"error":"service_unavailable"}""");

        var answer = await _client.UpdateMessageAsync("xoxb-1", new PostMessageRequest("D0DM", "x", Ts: "1.2"), TestContext.Current.CancellationToken);

        Assert.True(answer.Ok);
        Assert.Equal(2, _slack.CallsTo("chat.update"));
    }

    [Fact]
    public async Task OpenConversation_ReturnsTheDmChannel()
    {
        _slack.Then("conversations.open", 200, """{"ok":true,"channel":{"id":"D069C7QFK"}}""");

        var answer = await _client.OpenConversationAsync("xoxb-1", "U1", TestContext.Current.CancellationToken);

        Assert.Equal("D069C7QFK", answer.Channel!.Id);
        Assert.Contains("\"users\":\"U1\"", _slack.Calls.Single().Body, StringComparison.Ordinal);
    }
}
