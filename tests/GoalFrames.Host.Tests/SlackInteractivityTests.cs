using System.Net;
using System.Text.Json;
using GoalFrames.Testing;

namespace GoalFrames.Host.Tests;

/// <summary>Edit in DM → Edit → modal → save → the DM message updates in place; bad dates and stale saves are answered in the modal.</summary>
public sealed class SlackInteractivityTests : IAsyncLifetime
{
    private const string Secret = "interactivity-secret";
    private FakeSlackApi _slack = null!;
    private IRunningHost _host = null!;
    private HttpClient _client = null!;
    private SlackEditFlow _flow = null!;

    public async ValueTask InitializeAsync()
    {
        _slack = await FakeSlackApi.StartAsync();
        _host = await TestHost.StartAsync("--Slack:SigningSecret", Secret, "--Slack:BotToken", "xoxb-1", "--Slack:ApiBaseUrl", _slack.BaseUrl.ToString(), "--Slack:ChannelPacing", "00:00:00");
        _client = new HttpClient { BaseAddress = _host.BaseAddress };
        _flow = new SlackEditFlow(_client, _slack, Secret);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task EditInDm_EditGoal_Save_UpdatesTheDmMessageWithTheValues()
    {
        _slack.Then("conversations.open", 200, """{"ok":true,"channel":{"id":"D0DM"}}""");
        var editInDm = await _flow.ButtonValueAsync("clinops M5 smart", "Edit in DM");
        using (var click = await _flow.ClickAsync(editInDm))
        {
            Assert.Equal(HttpStatusCode.OK, click.StatusCode);
        }

        var posted = await _slack.WaitForAsync("chat.postMessage");
        Assert.Contains("\"users\":\"U1\"", (await _slack.WaitForAsync("conversations.open")).Body, StringComparison.Ordinal);
        using var dm = JsonDocument.Parse(posted.Body);
        Assert.Equal("D0DM", dm.RootElement.GetProperty("channel").GetString());
        var edits = SlackEditFlow.Buttons(dm.RootElement.GetProperty("blocks"), "Edit");
        Assert.Equal(5, edits.Count);

        using (await _flow.ClickAsync(edits[0], channel: "D0DM", ts: "1700000000.000100", ephemeral: false))
        {
        }

        var opened = await _slack.WaitForAsync("views.open");
        using var modal = JsonDocument.Parse(opened.Body);
        Assert.Equal("trigger-1", modal.RootElement.GetProperty("trigger_id").GetString());
        var view = modal.RootElement.GetProperty("view");
        var metadata = view.GetProperty("private_metadata").GetString()!;
        var inputs = view.GetProperty("blocks").EnumerateArray().Where(b => b.GetProperty("type").GetString() == "input").Select(b => b.GetProperty("block_id").GetString()!).ToList();
        Assert.Equal(["smart/dept-head#baseline", "smart/dept-head#target", "smart/dept-head#date"], inputs);

        using var bad = await _flow.SubmitAsync(metadata, new Dictionary<string, string> { ["smart/dept-head#date"] = "xnext spring" });
        using (var errors = JsonDocument.Parse(await bad.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)))
        {
            Assert.Equal("errors", errors.RootElement.GetProperty("response_action").GetString());
            Assert.Equal("Use a date like 2027-03-31.", errors.RootElement.GetProperty("errors").GetProperty("smart/dept-head#date").GetString());
        }

        using var saved = await _flow.SubmitAsync(metadata, new Dictionary<string, string>
        {
            ["smart/dept-head#baseline"] = "3 of 7 <vendors> & *more*",
            ["smart/dept-head#target"] = "7 of 7",
            ["smart/dept-head#date"] = "2027-03-31",
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(string.Empty, await saved.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var update = await _slack.WaitForAsync("chat.update");
        Assert.Contains("\"ts\":\"1700000000.000100\"", update.Body, StringComparison.Ordinal);
        Assert.Contains("7 of 7", update.Body, StringComparison.Ordinal);
        Assert.Contains("2027-03-31", update.Body, StringComparison.Ordinal);
        Assert.Contains("3 of 7 <vendors> & *more*", JsonDocument.Parse(update.Body).RootElement.GetProperty("blocks").GetRawText().Replace("\\u003C", "<", StringComparison.Ordinal).Replace("\\u003E", ">", StringComparison.Ordinal).Replace("\\u0026", "&", StringComparison.Ordinal), StringComparison.Ordinal);

        using var stale = await _flow.SubmitAsync(metadata, new Dictionary<string, string> { ["smart/dept-head#target"] = "8 of 7" });
        using var conflict = JsonDocument.Parse(await stale.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.StartsWith("Changed elsewhere since you opened this", conflict.RootElement.GetProperty("errors").EnumerateObject().First().Value.GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SwitchFramework_ReplacesTheMessageThroughResponseUrl()
    {
        var okr = await _flow.ButtonValueAsync("clinops M5 smart", "OKRs");

        using (await _flow.ClickAsync(okr))
        {
        }

        var reply = await _slack.WaitForAsync("response_url");
        using var json = JsonDocument.Parse(reply.Body);
        Assert.True(json.RootElement.GetProperty("replace_original").GetBoolean());
        Assert.Contains("Evidence at this level", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Click_GarbledValue_SaysTheButtonIsStaleAndChangesNothing()
    {
        using var click = await _flow.ClickAsync("{\"v\":99,\"a\":\"format-disk\"}");

        Assert.Equal(HttpStatusCode.OK, click.StatusCode);
        Assert.Contains("older message", (await _slack.WaitForAsync("response_url")).Body, StringComparison.Ordinal);
        Assert.Equal(0, _slack.CallsTo("chat.update"));
    }

    [Fact]
    public async Task Interactivity_PayloadNotJson_Is400()
    {
        using var response = await SlackSigner.PostAsync(_client, Secret, "slack/interactivity", "payload=%7Bnot-json", "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
