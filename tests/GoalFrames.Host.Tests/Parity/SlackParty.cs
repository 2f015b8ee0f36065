using System.Text.Json;
using System.Text.Json.Nodes;
using GoalFrames.Engine.Drafts;
using GoalFrames.Testing;

namespace GoalFrames.Host.Tests.Parity;

/// <summary>A manager in Slack: DMs and mentions through the Events API, buttons and dialogs through interactivity, all signed.</summary>
internal sealed class SlackParty(ParityHost host) : IChatParty
{
    private const string DmChannel = "D0DM";
    private const string DmTs = "1700000000.000100";
    private readonly SlackEditFlow _flow = new(host.Client, host.Slack, ParityHost.SlackSecret);
    private readonly Dictionary<string, JsonElement> _received = [];
    private JsonElement _dm;
    private int _events;

    public string Platform => "slack";

    public DraftOwner Owner { get; } = new("slack", SlackEditFlow.Team, SlackEditFlow.User);

    public async Task AskInDirectMessageAsync(string line) =>
        _dm = Blocks((await EventAsync("message", DmChannel, line, "chat.postMessage")).Body);

    public async Task<object> OpenAsync(string input)
    {
        var item = input[..input.IndexOf('#', StringComparison.Ordinal)];
        var edit = SlackEditFlow.Buttons(_dm, "Edit").Single(v => v.Contains($"\"item\":\"{item}\"", StringComparison.Ordinal));
        var opened = host.Slack.CallsTo("views.open");
        using (await _flow.ClickAsync(edit, channel: DmChannel, ts: DmTs, ephemeral: false))
        {
        }

        using var modal = JsonDocument.Parse((await host.Slack.WaitForAsync("views.open", opened + 1)).Body);
        return modal.RootElement.GetProperty("view").Clone();
    }

    public async Task<string> SaveAsync(object editor, string input, string value)
    {
        var updates = host.Slack.CallsTo("chat.update");
        var errors = await SubmitAsync(editor, input, value);
        var update = (await host.Slack.WaitForAsync("chat.update", updates + 1)).Body;
        _dm = Blocks(update);
        return errors + "\n" + Readable(update);
    }

    public async Task<(string AtOnce, string Afterwards)> SaveWhileTheStoreIsSlowAsync(object editor, string input, string value, Action storeRecovers)
    {
        var updates = host.Slack.CallsTo("chat.update");
        var atOnce = await SubmitAsync(editor, input, value);
        storeRecovers();
        var update = (await host.Slack.WaitForAsync("chat.update", updates + 1)).Body;
        _dm = Blocks(update);
        return (atOnce, Readable(update));
    }

    public async Task<(string AtOnce, string Afterwards)> SaveWhileTheStoreIsStuckAsync(object editor, string input, string value)
    {
        var posts = host.Slack.CallsTo("chat.postMessage");
        var atOnce = await SubmitAsync(editor, input, value);
        return (atOnce, Readable((await host.Slack.WaitForAsync("chat.postMessage", posts + 1)).Body));
    }

    public async Task<string> ResetAsync()
    {
        var reset = Button("Reset");
        var question = reset["confirm"]?["text"]?["text"]?.GetValue<string>() ?? "(no confirmation asked)";
        return question + "\n" + await ClickInDmAsync(reset["value"]!.GetValue<string>());
    }

    public Task<string> UndoAsync() => ClickInDmAsync(Button("Undo")["value"]!.GetValue<string>());

    public Task AskAboutInDirectMessageAsync(string personId, string personName, string line) =>
        AskInDirectMessageAsync($"goals <@{personId}|{personName}> {line}");

    public async Task<(string ManagerReads, string PersonReceives)> SendAsync(string personId)
    {
        var send = JsonNode.Parse(_dm.GetRawText())!.AsArray().SelectMany(b => b?["elements"]?.AsArray() ?? [])
            .First(e => e?["type"]?.GetValue<string>() == "button" && e["text"]!["text"]!.GetValue<string>().StartsWith("Send", StringComparison.Ordinal))!;
        var posts = host.Slack.CallsTo("chat.postMessage");
        var managerReads = await ClickInDmAsync(send["value"]!.GetValue<string>());
        var delivered = host.Slack.Calls.Where(c => c.Method == "chat.postMessage").Skip(posts).Single(c => ChannelOf(c.Body) == "D" + personId).Body;
        _received[personId] = Blocks(delivered);
        return (managerReads, Readable(delivered));
    }

    public async Task<(string PersonReads, string ManagerIsTold)> AcknowledgeAsync(string personId)
    {
        var (update, told) = await PressAsPersonAsync(personId, "Acknowledge", typed: null, "chat.update");
        return (Readable(update!), told);
    }

    public async Task<string> AskQuestionAsync(string personId, string question) =>
        (await PressAsPersonAsync(personId, "Ask a question", new Dictionary<string, string> { ["question"] = question }, answeredBy: null)).ManagerIsTold;

    public async Task<string> SayInDirectMessageAsync(string line, (string Id, string Name)? person = null) =>
        Readable((await EventAsync("message", DmChannel, person is { } p ? line.Replace("{person}", $"<@{p.Id}|{p.Name}>", StringComparison.Ordinal) : line, "chat.postMessage")).Body);

    public async Task<string> TeamAsync() => Readable((await EventAsync("message", DmChannel, "goals team", "chat.postMessage")).Body);

    /// <summary>The person presses a button of what they received, in their DM; returns their copy's update (if awaited) and the manager's DM.</summary>
    private async Task<(string? Update, string ManagerIsTold)> PressAsPersonAsync(string personId, string label, IReadOnlyDictionary<string, string>? typed, string? answeredBy)
    {
        var updates = host.Slack.CallsTo("chat.update");
        var posts = host.Slack.CallsTo("chat.postMessage");
        using (await _flow.ClickAsync(SlackEditFlow.Button(_received[personId], label), channel: "D" + personId, ts: "1700000002.000100", ephemeral: false, user: personId, typed: typed))
        {
        }

        var update = answeredBy is null ? null : (await host.Slack.WaitForAsync(answeredBy, updates + 1)).Body;
        var told = (await host.Slack.WaitForAsync("chat.postMessage", posts + 1)).Body;
        Assert.Equal(FakeSlackApi.DirectMessageOf(SlackEditFlow.User), ChannelOf(told));
        return (update, Readable(told));
    }

    private static string? ChannelOf(string body)
    {
        using var json = JsonDocument.Parse(body);
        return json.RootElement.TryGetProperty("channel", out var channel) ? channel.GetString() : null;
    }

    public async Task<string> ExportAsync(string format)
    {
        var completed = host.Slack.CallsTo("files.completeUploadExternal");
        await EventAsync("message", DmChannel, "goals export " + format, "chat.postMessage");
        var upload = await host.Slack.WaitForAsync("files.completeUploadExternal", completed + 1);
        var form = upload.Body.Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p[1].Replace('+', ' ')), StringComparer.Ordinal);
        Assert.Equal(DmChannel, form["channel_id"]);
        var fileId = JsonDocument.Parse(form["files"]).RootElement[0].GetProperty("id").GetString()!;
        return System.Text.Encoding.UTF8.GetString(host.Slack.Uploads[fileId]);
    }

    public async Task<string> MineAsync() => Readable((await EventAsync("message", DmChannel, "goals mine", "chat.postMessage")).Body);

    public async Task<(string PresserReads, bool SharedMessageChanged)> CopyAsTextOnASharedMessageAsync(string line)
    {
        var posted = Blocks((await EventAsync("app_mention", "C1", "<@UBOT> " + line, "chat.postMessage")).Body);
        var copy = SlackEditFlow.Button(posted, "Copy as text");
        var before = host.Slack.Calls.Count;
        using (await _flow.ClickAsync(copy, channel: "C1", ts: "1700000001.000200", ephemeral: false))
        {
        }

        var after = host.Slack.Calls.Skip(before).ToList();
        var answer = Assert.Single(after, c => c.Method == "response_url").Body;
        using var json = JsonDocument.Parse(answer);
        var changed = after.Any(c => c.Method is "chat.update" or "chat.postMessage")
            || json.RootElement.GetProperty("response_type").GetString() != "ephemeral"
            || (json.RootElement.TryGetProperty("replace_original", out var replace) && replace.GetBoolean());
        return (Readable(answer), changed);
    }

    /// <summary>Submits the dialog as Slack does, with every input: what the person typed, and the others as shown.</summary>
    private async Task<string> SubmitAsync(object editor, string input, string value)
    {
        var view = (JsonElement)editor;
        var values = view.GetProperty("blocks").EnumerateArray().Where(b => b.GetProperty("type").GetString() == "input")
            .ToDictionary(b => b.GetProperty("block_id").GetString()!, b => Initial(b.GetProperty("element")), StringComparer.Ordinal);
        values[input] = value;
        using var submitted = await _flow.SubmitAsync(view.GetProperty("private_metadata").GetString()!, values);
        return await submitted.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    private async Task<string> ClickInDmAsync(string value)
    {
        var updates = host.Slack.CallsTo("chat.update");
        using (await _flow.ClickAsync(value, channel: DmChannel, ts: DmTs, ephemeral: false))
        {
        }

        var update = (await host.Slack.WaitForAsync("chat.update", updates + 1)).Body;
        _dm = Blocks(update);
        return Readable(update);
    }

    private JsonNode Button(string label) =>
        JsonNode.Parse(_dm.GetRawText())!.AsArray().SelectMany(b => b?["elements"]?.AsArray() ?? [])
            .First(e => e?["type"]?.GetValue<string>() == "button" && e["text"]?["text"]?.GetValue<string>() == label)!;

    private async Task<(string Method, string? Authorization, string Body)> EventAsync(string type, string channel, string text, string answeredBy)
    {
        var calls = host.Slack.CallsTo(answeredBy);
        var id = "EvParity" + Interlocked.Increment(ref _events);
        var inner = new JsonObject
        {
            ["type"] = type,
            ["channel"] = channel,
            ["channel_type"] = channel.StartsWith('D') ? "im" : "channel",
            ["user"] = SlackEditFlow.User,
            ["text"] = text,
            ["ts"] = "1700000001.00020" + _events,
        };
        var body = $$"""{"token":"x","team_id":"{{SlackEditFlow.Team}}","api_app_id":"A1","type":"event_callback","event_id":"{{id}}","event_time":1700000000,"event":{{inner.ToJsonString()}}}""";
        using (await SlackSigner.PostAsync(host.Client, ParityHost.SlackSecret, "slack/events", body, "application/json"))
        {
        }

        return await host.Slack.WaitForAsync(answeredBy, calls + 1);
    }

    private static string Initial(JsonElement element) =>
        element.TryGetProperty("initial_value", out var text) ? text.GetString()!
        : element.TryGetProperty("initial_date", out var date) ? date.GetString()!
        : string.Empty;

    /// <summary>Every text of a message, decoded, as the person reads it.</summary>
    private static string Readable(string body)
    {
        using var json = JsonDocument.Parse(body);
        return CardJson.AllText(json.RootElement);
    }

    private static JsonElement Blocks(string body)
    {
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("blocks").Clone();
    }
}
