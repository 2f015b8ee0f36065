using System.Text.Json;
using System.Text.Json.Nodes;
using GoalFrames.Canon;
using GoalFrames.Engine;
using GoalFrames.Engine.Conversation;
using GoalFrames.Testing;

namespace GoalFrames.Teams.Tests;

/// <summary>
/// A manager's draft card after HR edits the canon: the card keeps the saved wording, shows what the canon says now,
/// lists the removed goal with its values, and takes a change in only when its button is pressed.
/// </summary>
public sealed class CanonDriftCardTests : IAsyncLifetime
{
    private const string BudgetTarget = "smart/budget#target";
    private const string HiringTarget = "smart/hiring#target";
    private readonly TempCanon _before = new(DriftCanons.Before);
    private readonly TempCanon _after = new(DriftCanons.After);
    private readonly SwappableCanon _canon = new();
    private FakeConnector _connector = null!;
    private TeamsTestHost _host = null!;
    private int _calls;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _canon.Current = CanonLoader.LoadOrThrow(_before.Dir);
        _connector = await FakeConnector.StartAsync();
        _host = await TeamsTestHost.StartAsync(configure: services => services.AddSingleton(new GoalsResponder(_canon, new FrameEngine())));
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
        _before.Dispose();
        _after.Dispose();
    }

    [Fact]
    public async Task DraftCard_AfterHrRewordsAndRemovesRows_KeepsTheSavedWording_AndTakesEachChangeOnlyWhenAsked()
    {
        var card = await AskAsync("goals clinops M5 smart");
        var save = CardJson.ExecuteData(card, "save");
        save[BudgetTarget] = "Forecast within 2%";
        save[HiringTarget] = "3 directors hired";
        await InvokeAsync(save);

        _canon.Current = CanonLoader.LoadOrThrow(_after.Dir);
        var drifted = await AskAsync("goals clinops M5 smart");

        var text = CardJson.AllText(drifted);
        Assert.Contains("2. Owns the department budget", Headlines(drifted));
        Assert.Contains("Superseded \u2014 the canon now reads: \"Owns the department budget and forecast\"", text, StringComparison.Ordinal);
        Assert.Contains("Removed from the canon", text, StringComparison.Ordinal);
        Assert.Contains("\"Hires the leadership team\" \u2014 saved values: Target: 3 directors hired", text, StringComparison.Ordinal);
        Assert.Equal("Forecast within 2%", CardJson.InputValue(drifted, BudgetTarget));
        Assert.Contains("Use current text", CardJson.ButtonTitles(drifted));
        Assert.Contains("Remove from draft", CardJson.ButtonTitles(drifted));

        // Teams sends the card's inputs with every button: a value typed but not yet saved must not be lost.
        var use = Accept(drifted, "Use current text");
        use["smart/dept-head#target"] = "All sites staffed";
        var accepted = await InvokeAsync(use);

        Assert.Contains("2. Owns the department budget and forecast", Headlines(accepted));
        Assert.DoesNotContain("Superseded", CardJson.AllText(accepted), StringComparison.Ordinal);
        Assert.Equal("Forecast within 2%", CardJson.InputValue(accepted, BudgetTarget));
        Assert.Equal("All sites staffed", CardJson.InputValue(accepted, "smart/dept-head#target"));
        Assert.Contains("3 directors hired", CardJson.AllText(accepted), StringComparison.Ordinal);

        var removed = await InvokeAsync(Accept(accepted, "Remove from draft"));

        Assert.DoesNotContain("Removed from the canon", CardJson.AllText(removed), StringComparison.Ordinal);
        Assert.DoesNotContain("The canon has changed", CardJson.AllText(removed), StringComparison.Ordinal);
        Assert.Equal("Forecast within 2%", CardJson.InputValue(removed, BudgetTarget));
    }

    [Fact]
    public async Task Save_AfterHrRemovesARow_KeepsThatRowsValues()
    {
        var card = await AskAsync("goals clinops M5 smart");
        var save = CardJson.ExecuteData(card, "save");
        save[HiringTarget] = "3 directors hired";
        await InvokeAsync(save);

        _canon.Current = CanonLoader.LoadOrThrow(_after.Dir);
        var drifted = await AskAsync("goals clinops M5 smart");
        var second = CardJson.ExecuteData(drifted, "save");
        second[BudgetTarget] = "Forecast within 2%";
        var saved = await InvokeAsync(second);

        Assert.Contains("\"Hires the leadership team\" \u2014 saved values: Target: 3 directors hired", CardJson.AllText(saved), StringComparison.Ordinal);
        Assert.Equal("Forecast within 2%", CardJson.InputValue(saved, BudgetTarget));
    }

    [Fact]
    public async Task AcceptCanonChange_InAChannel_IsRefused()
    {
        var data = new JsonObject { ["v"] = 1, ["action"] = "accept-canon-change", ["profile"] = "CLINIC1.CLINICAL3CD6.M5", ["frames"] = "smart", ["item"] = "smart/budget" };

        using var response = await _host.Client.PostAsync(new Uri("api/messages", UriKind.Relative), TeamsActivities.Content(TeamsActivities.Invoke(_connector.ServiceUrl, data, conversationType: "channel")), Cancel);

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(200, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Contains("direct messages with GoalFrames", body.RootElement.GetProperty("value").GetString(), StringComparison.Ordinal);
    }

    private static List<string> Headlines(JsonElement card) =>
        [.. CardJson.OfType(card, "RichTextBlock").Select(b => string.Concat(b.GetProperty("inlines").EnumerateArray().Select(r => r.GetProperty("text").GetString())))];

    private static JsonObject Accept(JsonElement card, string title) =>
        JsonNode.Parse(CardJson.OfType(card, "Action.Execute").First(a => a.GetProperty("title").GetString() == title).GetProperty("data").GetRawText())!.AsObject();

    private async Task<JsonElement> AskAsync(string text)
    {
        using var response = await _host.Client.PostAsync(new Uri("api/messages", UriKind.Relative), TeamsActivities.Content(TeamsActivities.Message(_connector.ServiceUrl, text)), Cancel);
        response.EnsureSuccessStatusCode();
        _calls++;
        return Assert.Single((await _connector.WaitForCallsAsync(_calls))[_calls - 1].Cards);
    }

    /// <summary>Presses a button (Action.Execute) and returns the card the invoke answers with.</summary>
    private async Task<JsonElement> InvokeAsync(JsonObject data)
    {
        using var response = await _host.Client.PostAsync(new Uri("api/messages", UriKind.Relative), TeamsActivities.Content(TeamsActivities.Invoke(_connector.ServiceUrl, data, replyToId: "activity-1")), Cancel);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.RootElement.GetProperty("type").GetString());
        _calls++;
        await _connector.WaitForCallsAsync(_calls);
        return body.RootElement.GetProperty("value").Clone();
    }

    private sealed class SwappableCanon : ICanonSource
    {
        public ICanon Current { get; set; } = null!;
    }
}
