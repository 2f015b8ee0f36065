using System.Diagnostics;
using System.Globalization;
using GoalFrames.Testing;

namespace GoalFrames.Teams.Tests;

/// <summary>
/// End to end with a real Teams client: the Microsoft 365 Agents Playground talks to the bot on loopback (no token,
/// local development mode), and the test reads what a user would see from the Playground's conversation stream.
/// Without node/npx the test skips locally and fails under CI=true.
/// </summary>
public sealed class PlaygroundEndToEndTests
{
    private const string Target = "smart/dept-head#target";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Playground_InstallAskAndSave_WelcomeThenEditableCardThenTheSavedCardArriveOnItsStream()
    {
        var command = PlaygroundProcess.RequiredCommand();
        await using var host = await TeamsTestHost.StartAsync();
        await using var playground = await PlaygroundProcess.StartAsync(command, new Uri(host.BaseUrl, "api/messages"));
        var conversation = PlaygroundProcess.ConversationId;

        await playground.InstallAsync(conversation);
        var welcome = await playground.NextAsync("createMessage", m => m.Text.StartsWith("Hi, I'm GoalFrames", StringComparison.Ordinal), TimeSpan.FromSeconds(20));
        Assert.Contains("goals help", welcome.Text, StringComparison.Ordinal);

        var clock = Stopwatch.StartNew();
        await playground.SayAsync(conversation, "goals clinops M5 smart");
        var reply = await playground.NextAsync("createMessage", m => m.Cards.Count > 0, TimeSpan.FromSeconds(20));
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"message → card on the Playground's stream: {clock.Elapsed.TotalMilliseconds:0} ms"));
        Assert.False(reply.Message.TryGetProperty("text", out _), "a card message carries no text beside it");
        var card = Assert.Single(reply.Cards);
        Assert.Contains("SMART goals", CardJson.AllText(card), StringComparison.Ordinal);
        Assert.Contains("Serves as department head for Clinical Operations", CardJson.AllText(card), StringComparison.Ordinal);
        Assert.NotEmpty(CardJson.OfType(card, "Input.Text"));

        var saved = await playground.PressAsync(reply, "Save", new Dictionary<string, string> { [Target] = "95% of studies on plan" });
        Assert.Equal("application/vnd.microsoft.card.adaptive", saved.GetProperty("type").GetString());
        Assert.Equal("95% of studies on plan", CardJson.InputValue(saved.GetProperty("value"), Target));

        var updated = await playground.NextAsync("updateMessage", m => m.Id == reply.Id, TimeSpan.FromSeconds(20));
        Assert.Equal("95% of studies on plan", CardJson.InputValue(Assert.Single(updated.Cards), Target));
    }
}
