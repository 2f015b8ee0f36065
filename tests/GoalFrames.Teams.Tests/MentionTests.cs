using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using GoalFrames.Testing;

namespace GoalFrames.Teams.Tests;

/// <summary>"goals @Ana clinops M5 smart" in Teams: the mention entity names the person the goals are for.</summary>
public sealed class MentionTests : ConnectorAndHost
{
    private const string Target = "smart/dept-head#target";
    [Fact]
    public async Task AMentionedPerson_GetsTheirOwnDraft_AndTheBotsOwnMentionIsIgnored()
    {
        var entities = new JsonArray(
            Mention(TeamsActivities.BotId, "GoalFrames"),
            Mention("29:ana-id", "Ana María López"));
        var ana = await AskAsync("<at>GoalFrames</at> goals <at>Ana María López</at> clinops M5 smart", entities, 1);

        Assert.Contains("Goals for Ana María López", CardJson.AllText(ana), StringComparison.Ordinal);
        var data = CardJson.ExecuteData(ana, "save");
        Assert.Equal("29:ana-id", (string?)data["about"]);
        data[Target] = "12 studies for Ana";
        using (var saved = await PostAsync(TeamsActivities.Invoke(Connector.ServiceUrl, data, replyToId: "activity-1")))
        {
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }

        await Connector.WaitForCallsAsync(2);
        var nobody = await AskAsync("goals clinops M5 smart", null, 3);
        var again = await AskAsync("goals <at>Ana María López</at> clinops M5 smart", new JsonArray(Mention("29:ana-id", "Ana María López")), 4);

        Assert.True(string.IsNullOrEmpty(CardJson.InputValue(nobody, Target)), "the draft about nobody stays empty");
        Assert.Equal("12 studies for Ana", CardJson.InputValue(again, Target));
    }

    private static JsonObject Mention(string id, string name) => new()
    {
        ["type"] = "mention",
        ["text"] = $"<at>{name}</at>",
        ["mentioned"] = new JsonObject { ["id"] = id, ["name"] = name },
    };

    private async Task<JsonElement> AskAsync(string text, JsonArray? entities, int expectedCalls)
    {
        var activity = TeamsActivities.Message(Connector.ServiceUrl, text, entities: entities);
        using var response = await PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Assert.Single((await Connector.WaitForCallsAsync(expectedCalls))[expectedCalls - 1].Cards);
    }

    private Task<HttpResponseMessage> PostAsync(JsonNode activity) =>
        Host.Client.PostAsync(new Uri("api/messages", UriKind.Relative), TeamsActivities.Content(activity), Cancel);
}
