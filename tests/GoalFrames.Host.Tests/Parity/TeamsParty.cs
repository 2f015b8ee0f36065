using System.Text.Json;
using System.Text.Json.Nodes;
using GoalFrames.Engine.Drafts;
using GoalFrames.Testing;

namespace GoalFrames.Host.Tests.Parity;

/// <summary>
/// A manager in Teams (local development mode, as the Agents Playground talks to it): messages and
/// <c>Action.Execute</c> invokes, each invoke sending the card's inputs as Teams does.
/// </summary>
internal sealed class TeamsParty(ParityHost host) : IChatParty
{
    private readonly Dictionary<string, JsonElement> _received = [];
    private JsonElement _card;

    public string Platform => "teams";

    public DraftOwner Owner { get; } = new("teams", TeamsActivities.TenantId, "aad-user-1");

    public async Task AskInDirectMessageAsync(string line) =>
        _card = (await MessageAsync(TeamsActivities.Message(host.Connector.ServiceUrl, line))).Cards[0];

    public Task<object> OpenAsync(string input) => Task.FromResult<object>(_card.Clone());

    public async Task<string> SaveAsync(object editor, string input, string value)
    {
        var card = (JsonElement)editor;
        var data = CardJson.Pressed(card, "Save");
        data[input] = value;
        _card = await InvokeAsync(data, "personal");
        return Readable(_card);
    }

    public async Task<(string AtOnce, string Afterwards)> SaveWhileTheStoreIsSlowAsync(object editor, string input, string value, Action storeRecovers)
    {
        var data = CardJson.Pressed((JsonElement)editor, "Save");
        data[input] = value;
        var puts = host.Connector.Calls.Count(c => c.Method == "PUT");
        var atOnce = Readable(await InvokeAsync(data, "personal"));
        storeRecovers();
        for (var seen = host.Connector.Calls.Count + 1; ; seen++)
        {
            var calls = await host.Connector.WaitForCallsAsync(seen);
            if (calls.Count(c => c.Method == "PUT") > puts)
            {
                _card = calls.Last(c => c.Method == "PUT").Cards[0];
                return (atOnce, Readable(_card));
            }
        }
    }

    public async Task<(string AtOnce, string Afterwards)> SaveWhileTheStoreIsStuckAsync(object editor, string input, string value)
    {
        var data = CardJson.Pressed((JsonElement)editor, "Save");
        data[input] = value;
        var count = host.Connector.Calls.Count;
        var atOnce = Readable(await InvokeAsync(data, "personal"));
        for (var seen = count + 1; ; seen++)
        {
            var calls = await host.Connector.WaitForCallsAsync(seen, TimeSpan.FromSeconds(30));
            if (calls.Skip(count).FirstOrDefault(c => c.Method == "POST" && c.Text is not null) is { } told)
            {
                return (atOnce, told.Text!);
            }
        }
    }

    public async Task<string> ResetAsync()
    {
        var question = await InvokeAsync(CardJson.Pressed(_card, "Reset"), "personal");
        _card = await InvokeAsync(CardJson.Pressed(question, "Yes, clear them"), "personal");
        return Readable(question) + "\n" + Readable(_card);
    }

    public async Task<string> UndoAsync()
    {
        _card = await InvokeAsync(CardJson.Pressed(_card, "Undo"), "personal");
        return Readable(_card);
    }

    public async Task AskAboutInDirectMessageAsync(string personId, string personName, string line)
    {
        var mention = new JsonObject
        {
            ["type"] = "mention",
            ["text"] = $"<at>{personName}</at>",
            ["mentioned"] = new JsonObject { ["id"] = personId, ["name"] = personName },
        };
        _card = (await MessageAsync(TeamsActivities.Message(host.Connector.ServiceUrl, $"goals <at>{personName}</at> {line}", entities: new JsonArray(mention)))).Cards[0];
    }

    public async Task<(string ManagerReads, string PersonReceives)> SendAsync(string personId)
    {
        var send = CardJson.OfType(_card, "Action.Execute").First(a => a.GetProperty("title").GetString()!.StartsWith("Send", StringComparison.Ordinal)).GetProperty("title").GetString()!;
        var before = host.Connector.Calls.Count;
        _card = await InvokeAsync(CardJson.Pressed(_card, send), "personal");
        var created = host.Connector.Calls.Skip(before).Single(c => c.Method == "POST" && c.RawPath.EndsWith("/v3/conversations", StringComparison.Ordinal));
        Assert.Contains(personId, created.Body, StringComparison.Ordinal);
        var delivered = host.Connector.Calls.Skip(before).Last(c => c.Method == "POST" && c.RawPath.Contains("new-personal-chat", StringComparison.Ordinal)).Cards[0];
        _received[personId] = delivered.Clone();
        return (Readable(_card), Readable(delivered));
    }

    public async Task<(string PersonReads, string ManagerIsTold)> AcknowledgeAsync(string personId)
    {
        var before = host.Connector.Calls.Count;
        var copy = await InvokeAsPersonAsync(personId, CardJson.Pressed(_received[personId], "Acknowledge"));
        return (Readable(copy), ToldAfter(before));
    }

    public async Task<string> AskQuestionAsync(string personId, string question)
    {
        var before = host.Connector.Calls.Count;
        var data = CardJson.Pressed(_received[personId], "Ask a question");
        data["question"] = question;
        await InvokeAsPersonAsync(personId, data);
        return ToldAfter(before);
    }

    public async Task<string> SayInDirectMessageAsync(string line, (string Id, string Name)? person = null)
    {
        var activity = person is { } p
            ? TeamsActivities.Message(host.Connector.ServiceUrl, line.Replace("{person}", $"<at>{p.Name}</at>", StringComparison.Ordinal), entities: new JsonArray(new JsonObject
            {
                ["type"] = "mention",
                ["text"] = $"<at>{p.Name}</at>",
                ["mentioned"] = new JsonObject { ["id"] = p.Id, ["name"] = p.Name },
            }))
            : TeamsActivities.Message(host.Connector.ServiceUrl, line);
        var reply = await MessageAsync(activity);
        return reply.Cards.Count > 0 ? Readable(reply.Cards[0]) : reply.Text!;
    }

    public async Task<string> TeamAsync()
    {
        var reply = await MessageAsync(TeamsActivities.Message(host.Connector.ServiceUrl, "goals team"));
        return reply.Cards.Count > 0 ? Readable(reply.Cards[0]) : reply.Text!;
    }

    /// <summary>What the manager was sent in their personal chat since a call count (the person's answer).</summary>
    private string ToldAfter(int before) =>
        Readable(host.Connector.Calls.Skip(before).Last(c => c.Method == "POST" && c.RawPath.Contains("personal-1", StringComparison.Ordinal)).Cards[0]);

    /// <summary>An invoke from the person in the chat the bot started with them (their own Teams ids, not the manager's).</summary>
    private async Task<JsonElement> InvokeAsPersonAsync(string personId, JsonObject data)
    {
        var activity = TeamsActivities.Invoke(host.Connector.ServiceUrl, data);
        activity["from"] = new JsonObject { ["id"] = personId, ["name"] = personId, ["aadObjectId"] = "aad-" + personId };
        activity["conversation"]!["id"] = "a:new-personal-chat";
        using var response = await host.Client.PostAsync(new Uri("api/messages", UriKind.Relative), TeamsActivities.Content(activity), TestContext.Current.CancellationToken);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var value = body.RootElement.GetProperty("value");
        return value.ValueKind == JsonValueKind.Object ? value.Clone() : JsonDocument.Parse(JsonSerializer.Serialize(new { body = new[] { new { type = "TextBlock", text = value.GetString() } } })).RootElement.Clone();
    }

    public async Task<string> ExportAsync(string format)
    {
        const string Consent = "application/vnd.microsoft.teams.card.file.consent";
        var before = host.Connector.Calls.Count;
        await MessageAsync(TeamsActivities.Message(host.Connector.ServiceUrl, "goals export " + format));
        JsonElement offer;
        for (var seen = before + 1; ; seen++)
        {
            var calls = await host.Connector.WaitForCallsAsync(seen);
            if (calls.Skip(before).SelectMany(c => c.Json.TryGetProperty("attachments", out var a) ? a.EnumerateArray() : []).FirstOrDefault(a => a.GetProperty("contentType").GetString() == Consent) is { ValueKind: JsonValueKind.Object } found)
            {
                offer = found.Clone();
                break;
            }
        }

        var name = offer.GetProperty("name").GetString()!;
        var uploadInfo = new JsonObject
        {
            ["name"] = name,
            ["uploadUrl"] = host.Connector.UploadUrl(name),
            ["contentUrl"] = "https://contoso-my.sharepoint.com/personal/manager/Documents/Applications/GoalFrames/" + name,
            ["uniqueId"] = Guid.NewGuid().ToString(),
            ["fileType"] = Path.GetExtension(name).TrimStart('.'),
        };
        var accept = TeamsActivities.FileConsent(host.Connector.ServiceUrl, "accept", JsonNode.Parse(offer.GetProperty("content").GetProperty("acceptContext").GetRawText()), uploadInfo);
        var beforeAccept = host.Connector.Calls.Count;
        using (var accepted = await host.Client.PostAsync(new Uri("api/messages", UriKind.Relative), TeamsActivities.Content(accept), TestContext.Current.CancellationToken))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, accepted.StatusCode);
        }

        // The upload follows the accept: once it is done the bot shows the file with a file info card.
        for (var seen = beforeAccept + 1; ; seen++)
        {
            var calls = await host.Connector.WaitForCallsAsync(seen);
            if (calls.Skip(beforeAccept).Any(c => c.Method == "POST" && c.Json.TryGetProperty("attachments", out var a) && a.EnumerateArray().Any(x => x.GetProperty("contentType").GetString() == "application/vnd.microsoft.teams.card.file.info")))
            {
                return host.Connector.Uploads[name].Body;
            }
        }
    }

    public async Task<string> MineAsync()
    {
        var reply = await MessageAsync(TeamsActivities.Message(host.Connector.ServiceUrl, "goals mine"));
        return reply.Cards.Count > 0 ? Readable(reply.Cards[0]) : reply.Text!;
    }

    public async Task<(string PresserReads, bool SharedMessageChanged)> CopyAsTextOnASharedMessageAsync(string line)
    {
        var shared = (await MessageAsync(TeamsActivities.Message(host.Connector.ServiceUrl, line, conversationType: "channel", conversationId: "19:general@thread.tacv2"))).Cards[0];
        var before = host.Connector.Calls.Count;
        var answer = await InvokeAsync(CardJson.Pressed(shared, "Copy as text"), "channel");

        // Anything the press queued to send goes before this next answer; then nothing may have been sent to the channel
        // (a PUT over its card, or a post).
        await MessageAsync(TeamsActivities.Message(host.Connector.ServiceUrl, "goals help"));
        var changed = host.Connector.Calls.Skip(before).Any(c => c.RawPath.Contains("thread.tacv2", StringComparison.Ordinal));
        return (Readable(answer), changed);
    }

    /// <summary>Every text of a card as the person reads it, with the values shown in its inputs.</summary>
    private static string Readable(JsonElement card) =>
        string.Join("\n", [CardJson.AllText(card), .. CardJson.OfType(card, "Input.Text").Select(i => i.TryGetProperty("value", out var v) ? v.GetString() : null)]);

    private async Task<JsonElement> InvokeAsync(JsonObject data, string conversationType)
    {
        using var response = await host.Client.PostAsync(new Uri("api/messages", UriKind.Relative), TeamsActivities.Content(TeamsActivities.Invoke(host.Connector.ServiceUrl, data, conversationType: conversationType)), TestContext.Current.CancellationToken);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var value = body.RootElement.GetProperty("value");
        return value.ValueKind == JsonValueKind.Object ? value.Clone() : JsonDocument.Parse(JsonSerializer.Serialize(new { body = new[] { new { type = "TextBlock", text = value.GetString() } } })).RootElement.Clone();
    }

    private async Task<ConnectorCall> MessageAsync(JsonObject activity)
    {
        var count = host.Connector.Calls.Count;
        using (await host.Client.PostAsync(new Uri("api/messages", UriKind.Relative), TeamsActivities.Content(activity), TestContext.Current.CancellationToken))
        {
        }

        // The answer is the next message posted; card updates queued by earlier presses may arrive in between.
        for (var seen = count + 1; ; seen++)
        {
            var calls = await host.Connector.WaitForCallsAsync(seen);
            if (calls.Skip(count).FirstOrDefault(c => c.Method == "POST" && c.Json.TryGetProperty("type", out var type) && type.GetString() == "message") is { } answer)
            {
                return answer;
            }
        }
    }
}
