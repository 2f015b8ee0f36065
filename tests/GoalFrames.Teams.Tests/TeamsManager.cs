using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using GoalFrames.Testing;

namespace GoalFrames.Teams.Tests;

/// <summary>
/// A manager in their personal chat with GoalFrames, as Teams sends their activities to a host's <c>/api/messages</c>:
/// they type, press card buttons (Action.Execute invokes), and read the replies the fake connector received.
/// </summary>
/// <param name="host">The host's client.</param>
/// <param name="connector">The fake Bot Connector the host replies through.</param>
/// <param name="userId">Their Teams user id (<c>from.id</c>).</param>
/// <param name="aadObjectId">Their Entra object id, which GoalFrames keys their drafts by.</param>
/// <param name="conversationId">Their personal chat with the bot.</param>
internal sealed class TeamsManager(HttpClient host, FakeConnector connector, string userId = TeamsActivities.UserId, string aadObjectId = "aad-user-1", string conversationId = "a:personal-1")
{
    private const string Target = "smart/dept-head#target";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Where a message to this manager's personal chat is posted (the path on the fake connector).</summary>
    public string PersonalChatPath => $"/teams/v3/conversations/{conversationId}/activities";

    /// <summary>The reminder cards GoalFrames posted in this manager's personal chat, oldest first.</summary>
    public List<JsonElement> Reminders() =>
    [
        .. connector.Calls
            .Where(c => c.Method == "POST" && Uri.UnescapeDataString(c.RawPath) == PersonalChatPath)
            .SelectMany(c => c.Cards)
            .Where(card => CardJson.AllText(card).StartsWith("Goals are due ", StringComparison.Ordinal)),
    ];

    /// <summary>Types a line; returns the first reply (its card, else its text) that contains <paramref name="expected"/>.</summary>
    public async Task<JsonElement> SayAsync(string text, string expected, JsonArray? entities = null)
    {
        var seen = connector.Calls.Count;
        using (await PostAsync(Activity(TeamsActivities.Message(connector.ServiceUrl, text, conversationId: conversationId, entities: entities))))
        {
        }

        while (true)
        {
            var calls = await connector.WaitForCallsAsync(seen + 1);
            for (; seen < calls.Count; seen++)
            {
                if (calls[seen].Cards.FirstOrDefault(c => CardJson.AllText(c).Contains(expected, StringComparison.Ordinal)) is { ValueKind: JsonValueKind.Object } card)
                {
                    return card;
                }

                if (calls[seen].Text?.Contains(expected, StringComparison.Ordinal) == true)
                {
                    return JsonSerializer.SerializeToElement(calls[seen].Text);
                }
            }
        }
    }

    /// <summary>Presses the card's button with this title and returns the invoke response's value.</summary>
    public async Task<JsonElement> PressAsync(JsonElement card, string title)
    {
        return await InvokeAsync(JsonNode.Parse(CardJson.Button(card, title).GetProperty("data").GetRawText())!);
    }

    /// <summary>
    /// <c>goals @person clinops M5 smart</c> with the person's mention entity, then Save with one blank filled: a draft
    /// about them with blanks left.
    /// </summary>
    public async Task SaveIncompleteDraftAboutAsync(string personId, string personName)
    {
        var mention = new JsonObject
        {
            ["type"] = "mention",
            ["text"] = $"<at>{personName}</at>",
            ["mentioned"] = new JsonObject { ["id"] = personId, ["name"] = personName },
        };
        var card = await SayAsync($"goals <at>{personName}</at> clinops M5 smart", $"Goals for {personName}", [mention]);
        var data = CardJson.ExecuteData(card, "save");
        data[Target] = "12 studies on plan";
        var calls = connector.Calls.Count;
        var saved = await InvokeAsync(data);
        Assert.Contains($"Goals for {personName}", CardJson.AllText(saved), StringComparison.Ordinal);
        await connector.WaitForCallsAsync(calls + 1);
    }

    private async Task<JsonElement> InvokeAsync(JsonNode data)
    {
        using var response = await PostAsync(Activity(TeamsActivities.Invoke(connector.ServiceUrl, data, replyToId: "activity-1")));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        return body.RootElement.GetProperty("value").Clone();
    }

    /// <summary>The shared activity, from this manager in their personal chat.</summary>
    private JsonObject Activity(JsonObject activity)
    {
        activity["from"]!["id"] = userId;
        activity["from"]!["aadObjectId"] = aadObjectId;
        activity["conversation"]!["id"] = conversationId;
        return activity;
    }

    private async Task<HttpResponseMessage> PostAsync(JsonObject activity)
    {
        var response = await host.PostAsync(new Uri("api/messages", UriKind.Relative), TeamsActivities.Content(activity), Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }
}
