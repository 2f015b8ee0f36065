using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using GoalFrames.Testing;

namespace GoalFrames.Teams.Tests;

/// <summary>Card buttons as a manager presses them: Save (Action.Execute, and its Action.Submit fallback), Edit in DM, drafts.</summary>
public sealed class CardActionTests : IAsyncLifetime
{
    private const string Target = "smart/dept-head#target";
    private const string Date = "smart/dept-head#date";
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
    public async Task Save_Invoke_StoresTheValuesAnswersWithTheFilledCardAndPutsIt()
    {
        var card = await AskAsync("goals clinops M5 smart");
        var data = CardJson.ExecuteData(card, "save");
        data[Target] = "95% of studies on plan";
        data[Date] = "2027-06-30";

        using var response = await PostAsync(TeamsActivities.Invoke(_connector.ServiceUrl, data, replyToId: "activity-1"));

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.RootElement.GetProperty("type").GetString());
        var saved = body.RootElement.GetProperty("value");
        Assert.Equal("95% of studies on plan", CardJson.InputValue(saved, Target));
        Assert.Equal("2027-06-30", CardJson.InputValue(saved, Date));
        Assert.Contains("2 of 15 blanks filled", CardJson.AllText(saved), StringComparison.Ordinal);
        var put = (await _connector.WaitForCallsAsync(2))[1];
        Assert.Equal("PUT", put.Method);
        Assert.EndsWith("/activities/activity-1", put.RawPath, StringComparison.Ordinal);
        Assert.Equal("95% of studies on plan", CardJson.InputValue(Assert.Single(put.Cards), Target));

        var again = await AskAsync("goals clinops M5 smart", expectedCalls: 3);
        Assert.Equal("95% of studies on plan", CardJson.InputValue(again, Target));
    }

    [Fact]
    public async Task Save_SubmitFallback_StoresTheValuesAndPutsTheFilledCard()
    {
        var card = await AskAsync("goals clinops M5 smart");
        var data = CardJson.ExecuteData(card, "save");
        data[Target] = "12 studies";
        var submit = TeamsActivities.Message(_connector.ServiceUrl, string.Empty);
        submit.Remove("text");
        submit["replyToId"] = "activity-1";
        submit["value"] = data;

        using var response = await PostAsync(submit);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var put = (await _connector.WaitForCallsAsync(2))[1];
        Assert.Equal("PUT", put.Method);
        Assert.EndsWith("/activities/activity-1", put.RawPath, StringComparison.Ordinal);
        Assert.Equal("12 studies", CardJson.InputValue(Assert.Single(put.Cards), Target));
    }

    [Fact]
    public async Task Save_WithAnInputEmptied_ClearsThatValueAndKeepsTheOthers()
    {
        var card = await AskAsync("goals clinops M5 smart");
        var data = CardJson.ExecuteData(card, "save");
        data[Target] = "12 studies";
        data[Date] = "2027-06-30";
        using var first = await PostAsync(TeamsActivities.Invoke(_connector.ServiceUrl, data.DeepClone(), replyToId: "activity-1"));
        using var firstBody = JsonDocument.Parse(await first.Content.ReadAsStringAsync(Cancel));

        // The card now on screen is the one the save answered with: it carries the draft's new version.
        await _connector.WaitForCallsAsync(2);
        data = CardJson.ExecuteData(firstBody.RootElement.GetProperty("value"), "save");
        data[Target] = string.Empty;
        using var response = await PostAsync(TeamsActivities.Invoke(_connector.ServiceUrl, data, replyToId: "activity-1"));

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        var saved = body.RootElement.GetProperty("value");
        Assert.Null(CardJson.InputValue(saved, Target));
        Assert.Equal("2027-06-30", CardJson.InputValue(saved, Date));
        Assert.Contains("1 of 15 blanks filled", CardJson.AllText(saved), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_AfterSaving_GoalsMineListsTheDraft()
    {
        var card = await AskAsync("goals clinops M5 smart");
        var data = CardJson.ExecuteData(card, "save");
        data[Target] = "12 studies";
        using var saved = await PostAsync(TeamsActivities.Invoke(_connector.ServiceUrl, data, replyToId: "activity-1"));
        await _connector.WaitForCallsAsync(2);

        using var mine = await PostAsync(TeamsActivities.Message(_connector.ServiceUrl, "goals mine"));

        var listing = Assert.Single((await _connector.WaitForCallsAsync(3))[2].Cards);
        Assert.Contains("1. Clinical Trials Operations", CardJson.AllText(listing), StringComparison.Ordinal);
        Assert.Contains("· smart — 1 of 15 filled", CardJson.AllText(listing), StringComparison.Ordinal);
        Assert.Equal(["Open 1"], CardJson.ButtonTitles(listing));
    }

    [Fact]
    public async Task Save_InAChannel_IsRefused()
    {
        var data = new JsonObject { ["v"] = 1, ["action"] = "save", ["profile"] = "CLINIC1.CLINICAL3CD6.M5", ["frames"] = "smart", ["canon"] = "x", [Target] = "1" };

        using var response = await PostAsync(TeamsActivities.Invoke(_connector.ServiceUrl, data, conversationType: "channel"));

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(200, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Contains("direct messages with GoalFrames", body.RootElement.GetProperty("value").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditInDm_FromAChannel_CreatesThePersonalChatAndSendsTheEditableCardThere()
    {
        var data = new JsonObject { ["v"] = 1, ["action"] = "edit-in-dm", ["profile"] = "CLINIC1.CLINICAL3CD6.M5", ["frames"] = "smart" };

        using var response = await PostAsync(TeamsActivities.Invoke(_connector.ServiceUrl, data, conversationType: "channel"));

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal("application/vnd.microsoft.activity.message", body.RootElement.GetProperty("type").GetString());
        var calls = await _connector.WaitForCallsAsync(2);
        Assert.Equal("/teams/v3/conversations", calls[0].RawPath);
        var create = calls[0].Json;
        Assert.Equal(TeamsActivities.UserId, create.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.Equal(TeamsActivities.TenantId, create.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
        Assert.False(create.GetProperty("isGroup").GetBoolean());
        Assert.Equal("/teams/v3/conversations/a%3Anew-personal-chat/activities", calls[1].RawPath);
        Assert.NotEmpty(CardJson.OfType(Assert.Single(calls[1].Cards), "Input.Text"));
    }

    private async Task<JsonElement> AskAsync(string text, int expectedCalls = 1)
    {
        using var response = await PostAsync(TeamsActivities.Message(_connector.ServiceUrl, text));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Assert.Single((await _connector.WaitForCallsAsync(expectedCalls))[expectedCalls - 1].Cards);
    }

    private Task<HttpResponseMessage> PostAsync(JsonNode activity) =>
        _host.Client.PostAsync(new Uri("api/messages", UriKind.Relative), TeamsActivities.Content(activity), Cancel);
}
