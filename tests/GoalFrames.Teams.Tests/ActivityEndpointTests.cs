using GoalFrames.Engine.Drafts;
using GoalFrames.Conversation.Platforms;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GoalFrames.Testing;

namespace GoalFrames.Teams.Tests;

/// <summary>
/// <c>/api/messages</c> in local development mode (no app id) on loopback: statuses, replies through the connector,
/// mentions, de-duplication, welcome, and card actions, as a Teams client would see them.
/// </summary>
public sealed class ActivityEndpointTests : IAsyncLifetime
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

    [Fact]
    public async Task Get_Is405AndAllowsPost()
    {
        using var response = await _host.Client.GetAsync(new Uri("api/messages", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", response.Content.Headers.Allow.Single());
    }

    [Theory]
    [InlineData("", "the body is empty")]
    [InlineData("{\"text\":\"goals\"}", "the activity has no 'type'")]
    [InlineData("{\"type\":", "the body is not an activity")]
    [InlineData("[1,2]", "the body is not an activity")]
    public async Task Post_MissingBodyOrType_Is400WithReason(string body, string reason)
    {
        using var response = await _host.Client.PostAsync(new Uri("api/messages", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task Message_GoalsClinopsM5Smart_Is200EmptyAndTheEditableSmartCardIsRepliedThroughTheConnector()
    {
        var activity = TeamsActivities.Message(_connector.ServiceUrl, "goals clinops M5 smart", id: "msg-1");

        using var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync(Cancel));
        var call = (await _connector.WaitForCallsAsync(1)).Single();
        Assert.Equal("POST", call.Method);
        Assert.Equal("/teams/v3/conversations/a%3Apersonal-1/activities/msg-1", call.RawPath);
        Assert.Null(call.Text);
        var card = Assert.Single(call.Cards);
        Assert.Contains("Goal templates — Clinical Trials Operations — M5", CardJson.AllText(card), StringComparison.Ordinal);
        Assert.Contains("SMART goals", CardJson.AllText(card), StringComparison.Ordinal);
        Assert.Contains("Serves as department head for Clinical Operations", CardJson.AllText(card), StringComparison.Ordinal);
        Assert.NotEmpty(CardJson.OfType(card, "Input.Text"));
        Assert.Contains("Save", CardJson.ButtonTitles(card));
        Assert.Equal("28:bot-app-id", call.Json.GetProperty("from").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Message_ChannelMentionWithEntities_StripsTheBotMentionDecodesEntitiesAndRepliesInThreadReadOnly()
    {
        var mention = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>GoalFrames</at>",
            ["mentioned"] = new JsonObject { ["id"] = TeamsActivities.BotId, ["name"] = "GoalFrames" },
        });
        var activity = TeamsActivities.Message(_connector.ServiceUrl, "<at>GoalFrames</at> goals clinops&nbsp;M5 &#115;mart", id: "1700000000001", conversationType: "channel",
            conversationId: "19:general@thread.tacv2;messageid=1700000000001", entities: mention);

        using var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = (await _connector.WaitForCallsAsync(1)).Single();
        Assert.Equal("/teams/v3/conversations/19%3Ageneral%40thread.tacv2%3Bmessageid%3D1700000000001/activities/1700000000001", call.RawPath);
        var card = Assert.Single(call.Cards);
        Assert.Contains("SMART goals", CardJson.AllText(card), StringComparison.Ordinal);
        Assert.Empty(CardJson.OfType(card, "Input.Text"));

        // The reply in a channel is already there for everyone: no "Post to channel" that would post it twice.
        Assert.DoesNotContain("Post to channel", CardJson.ButtonTitles(card));
        Assert.Contains("Edit in DM", CardJson.ButtonTitles(card));
    }

    [Fact]
    public async Task Message_Typo_RepliesWithTheSuggestion()
    {
        using var response = await PostAsync(TeamsActivities.Message(_connector.ServiceUrl, "clinpos M5 smart"));

        var card = Assert.Single((await _connector.WaitForCallsAsync(1)).Single().Cards);
        Assert.Contains("No focus is called 'clinpos'.", CardJson.AllText(card), StringComparison.Ordinal);
        Assert.Contains("clinops (Clinical Trials Operations)", CardJson.ButtonTitles(card));
    }

    [Fact]
    public async Task Message_SameActivityIdDeliveredTwice_IsAnsweredOnce()
    {
        var activity = TeamsActivities.Message(_connector.ServiceUrl, "goals list", id: "retried-1");

        using var first = await PostAsync(activity);
        using var second = await PostAsync(activity);
        await _connector.WaitForCallsAsync(1);

        // A later message's answer: anything the retry had queued went out before it.
        using var later = await PostAsync(TeamsActivities.Message(_connector.ServiceUrl, "goals help", id: "later-1"));
        await _connector.WaitForCallsAsync(2);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(2, _connector.Calls.Count);
    }

    [Fact]
    public async Task Message_SlowConnector_IsAnsweredAtOnceAndTheReplyFollows()
    {
        _connector.Then(201, delay: TimeSpan.FromSeconds(3));
        var clock = Stopwatch.StartNew();

        using var response = await PostAsync(TeamsActivities.Message(_connector.ServiceUrl, "goals clinops M5 all"));

        var answered = clock.Elapsed;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(answered < TimeSpan.FromSeconds(1), $"answered after {answered.TotalMilliseconds:0} ms");
        await _connector.WaitForCallsAsync(1);
    }

    [Fact]
    public async Task InstallThenBotAdded_WelcomesOnceAndKeepsTheConversationReference()
    {
        using var install = await PostAsync(TeamsActivities.InstallationUpdate(_connector.ServiceUrl));
        using var added = await PostAsync(TeamsActivities.BotAdded(_connector.ServiceUrl));
        var welcome = (await _connector.WaitForCallsAsync(1))[0];

        // A later message's answer: a second welcome, had one been queued, went out before it.
        using var later = await PostAsync(TeamsActivities.Message(_connector.ServiceUrl, "goals help", id: "later-2"));
        await _connector.WaitForCallsAsync(2);

        Assert.Equal(HttpStatusCode.OK, install.StatusCode);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Single(_connector.Calls, c => c.Text?.StartsWith("Hi, I'm GoalFrames", StringComparison.Ordinal) == true);
        Assert.Equal("/teams/v3/conversations/a%3Apersonal-1/activities", welcome.RawPath);
        Assert.StartsWith("Hi, I'm GoalFrames", welcome.Text, StringComparison.Ordinal);
        Assert.Contains("Try: goals ", welcome.Text, StringComparison.Ordinal);
        var reference = await _host.Services.GetRequiredService<IConversationReferenceStore>().GetAsync("a:personal-1", Cancel);
        Assert.NotNull(reference);
        Assert.Equal(_connector.ServiceUrl, reference.ServiceUrl);
        Assert.Equal(TeamsActivities.TenantId, reference.TenantId);
    }

    [Fact]
    public async Task Uninstall_ForgetsTheConversationReference_AndThePersonsDrafts()
    {
        using var install = await PostAsync(TeamsActivities.InstallationUpdate(_connector.ServiceUrl));
        await _connector.WaitForCallsAsync(1);
        var store = _host.Services.GetRequiredService<IConversationReferenceStore>();
        Assert.NotNull(await store.GetAsync("a:personal-1", Cancel));

        var drafts = _host.Services.GetRequiredService<IDraftStore>();
        var person = new DraftOwner("teams", TeamsActivities.TenantId, "aad-user-1");
        await drafts.SaveAsync(person, GoalFrames.Testing.Samples.Content(GoalFrames.Engine.FrameKind.Smart), 0, Cancel);

        using var remove = await PostAsync(TeamsActivities.InstallationUpdate(_connector.ServiceUrl, "remove"));
        await _host.Logs.WaitForAsync("GoalFrames removed from conversation a:personal-1");

        Assert.Null(await store.GetAsync("a:personal-1", Cancel));
        Assert.Empty(await drafts.ListAsync(person, Cancel));
    }

    [Fact]
    public async Task Invoke_UnknownName_Is501()
    {
        var activity = TeamsActivities.Invoke(_connector.ServiceUrl, new JsonObject { ["v"] = 1, ["action"] = "run", ["line"] = "list" });
        activity["name"] = "composeExtension/query";

        using var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Invoke_SwitchFramework_AnswersWithTheOkrCardAndPutsItOverThePressedCard()
    {
        var data = new JsonObject { ["v"] = 1, ["action"] = "switch-framework", ["profile"] = "CLINIC1.CLINICAL3CD6.M5", ["frames"] = "okr" };

        using var response = await PostAsync(TeamsActivities.Invoke(_connector.ServiceUrl, data, replyToId: "card-7"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(200, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.RootElement.GetProperty("type").GetString());
        var card = body.RootElement.GetProperty("value");
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Contains("OKRs", CardJson.AllText(card), StringComparison.Ordinal);
        var put = (await _connector.WaitForCallsAsync(1)).Single();
        Assert.Equal("PUT", put.Method);
        Assert.Equal("/teams/v3/conversations/a%3Apersonal-1/activities/card-7", put.RawPath);
        Assert.Equal(card.GetRawText(), Assert.Single(put.Cards).GetRawText());
    }

    [Fact]
    public async Task Invoke_GarbledData_AnswersWithAnErrorNotA500()
    {
        using var response = await PostAsync(TeamsActivities.Invoke(_connector.ServiceUrl, new JsonObject { ["v"] = 9, ["action"] = "save" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(400, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.error", body.RootElement.GetProperty("type").GetString());
        Assert.Contains("version 9", body.RootElement.GetProperty("value").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> PostAsync(JsonNode activity) =>
        _host.Client.PostAsync(new Uri("api/messages", UriKind.Relative), TeamsActivities.Content(activity), Cancel);
}
