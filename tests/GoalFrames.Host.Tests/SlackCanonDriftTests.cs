using System.Text.Json;
using GoalFrames.Testing;

namespace GoalFrames.Host.Tests;

/// <summary>
/// A Slack DM draft while HR edits the canon under the running host: the draft keeps its saved wording and its removed
/// goal's values, the DM says what the canon reads now, and each change is taken in only by its button.
/// </summary>
public sealed class SlackCanonDriftTests : IAsyncLifetime
{
    private const string Secret = "drift-secret";
    private const string Dm = "D0DM";
    private const string Ts = "1700000000.000200";
    private readonly TempCanon _canon = new(DriftCanons.Before);
    private FakeSlackApi _slack = null!;
    private IRunningHost _host = null!;
    private HttpClient _client = null!;
    private SlackEditFlow _flow = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _slack = await FakeSlackApi.StartAsync();
        _host = await TestHost.StartAsync(
            "--canon", _canon.Dir, "--Canon:ReloadPollSeconds", "1",
            "--Slack:SigningSecret", Secret, "--Slack:BotToken", "xoxb-1", "--Slack:ApiBaseUrl", _slack.BaseUrl.ToString(), "--Slack:ChannelPacing", "00:00:00");
        _client = new HttpClient { BaseAddress = _host.BaseAddress };
        _flow = new SlackEditFlow(_client, _slack, Secret);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        await _slack.DisposeAsync();
        _canon.Dispose();
    }

    [Fact]
    public async Task DmDraft_AfterHrRewordsAndRemovesRows_KeepsWhatWasSaved_AndTakesEachChangeOnlyByItsButton()
    {
        _slack.Then("conversations.open", 200, """{"ok":true,"channel":{"id":"D0DM"}}""");
        using (await _flow.ClickAsync(await _flow.ButtonValueAsync("clinops M5 smart", "Edit in DM")))
        {
        }

        using var dm = JsonDocument.Parse((await _slack.WaitForAsync("chat.postMessage")).Body);
        var edits = SlackEditFlow.Buttons(dm.RootElement.GetProperty("blocks"), "Edit");
        Assert.Equal(3, edits.Count);
        await SaveAsync(edits[1], 1, ("smart/budget#target", "Forecast within 2%"));
        await SaveAsync(edits[2], 2, ("smart/hiring#target", "3 directors hired"));

        var before = (await _client.GetFromJsonAsync<JsonElement>(new Uri("readyz", UriKind.Relative), Cancel)).GetProperty("canon").GetProperty("fingerprint").GetString();
        await File.WriteAllTextAsync(Path.Combine(_canon.Dir, "families", "family.yaml"), DriftCanons.After, Cancel);
        await _host.WaitForLogAsync("Canon reloaded");
        Assert.NotEqual(before, (await _client.GetFromJsonAsync<JsonElement>(new Uri("readyz", UriKind.Relative), Cancel)).GetProperty("canon").GetProperty("fingerprint").GetString());

        var drifted = await SaveAsync(edits[1], 3, ("smart/budget#date", "2027-03-31"));
        var text = Texts(drifted);
        Assert.Contains("2. Owns the department budget", text);
        Assert.Contains("Superseded \u2014 the canon now reads: \"Owns the department budget and forecast\"", text);
        Assert.Contains("\"Hires the leadership team\" \u2014 saved values: Target: 3 directors hired", text);
        Assert.Contains("Forecast within 2%", string.Join('\n', text), StringComparison.Ordinal);

        using (await _flow.ClickAsync(SlackEditFlow.Button(drifted, "Use current text"), channel: Dm, ts: Ts, ephemeral: false))
        {
        }

        var accepted = await UpdateAsync(4);
        Assert.Contains("2. Owns the department budget and forecast", Texts(accepted));
        Assert.DoesNotContain(Texts(accepted), t => t.StartsWith("Superseded", StringComparison.Ordinal));
        Assert.Contains("\"Hires the leadership team\" \u2014 saved values: Target: 3 directors hired", Texts(accepted));

        using (await _flow.ClickAsync(SlackEditFlow.Button(accepted, "Remove from draft"), channel: Dm, ts: Ts, ephemeral: false))
        {
        }

        var removed = Texts(await UpdateAsync(5));
        Assert.DoesNotContain(removed, t => t.Contains("Hires the leadership team", StringComparison.Ordinal));
        Assert.Contains("Forecast within 2%", string.Join('\n', removed), StringComparison.Ordinal);
        Assert.Contains("2027-03-31", string.Join('\n', removed), StringComparison.Ordinal);
    }

    /// <summary>Opens the edit dialog of a goal in the DM, submits values, and returns the blocks the DM was updated with.</summary>
    private async Task<JsonElement> SaveAsync(string editButton, int update, params (string Block, string Value)[] values)
    {
        using (await _flow.ClickAsync(editButton, channel: Dm, ts: Ts, ephemeral: false))
        {
        }

        using var modal = JsonDocument.Parse((await _slack.WaitForAsync("views.open", update)).Body);
        var metadata = modal.RootElement.GetProperty("view").GetProperty("private_metadata").GetString()!;
        using var saved = await _flow.SubmitAsync(metadata, values.ToDictionary(v => v.Block, v => v.Value));
        Assert.Equal(string.Empty, await saved.Content.ReadAsStringAsync(Cancel));
        return await UpdateAsync(update);
    }

    private async Task<JsonElement> UpdateAsync(int count)
    {
        var update = await _slack.WaitForAsync("chat.update", count);
        var latest = _slack.Calls.Where(c => c.Method == "chat.update").ElementAt(count - 1);
        Assert.Contains($"\"ts\":\"{Ts}\"", update.Body, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(latest.Body);
        return json.RootElement.GetProperty("blocks").Clone();
    }

    private static List<string> Texts(JsonElement blocks) =>
        [.. blocks.EnumerateArray().Where(b => b.TryGetProperty("text", out _)).Select(b => b.GetProperty("text").GetProperty("text").GetString()!)];
}
