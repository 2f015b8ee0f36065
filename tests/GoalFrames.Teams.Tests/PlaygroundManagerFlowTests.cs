using GoalFrames.Testing;

namespace GoalFrames.Teams.Tests;

/// <summary>
/// The manager's review-season flow in Teams, end to end with the Microsoft 365 Agents Playground as the Teams client
/// (loopback, local development mode, no token). Teams lets people mention colleagues only where they are together, so
/// the manager mentions each report with the bot in their group chat; the goals there are shared templates, and "Edit
/// in DM" brings each report's own editable draft to the manager's personal chat. From there the manager fills and
/// saves, sends Megan her goals (the Playground opens a 1:1 with her when the bot asks the connector for one), reads
/// <c>goals team</c> and asks for the export file. Without node/npx the test skips locally and fails under CI=true.
/// </summary>
public sealed class PlaygroundManagerFlowTests
{
    private const string Target = "smart/dept-head#target";
    private const string Bot = "00000000-0000-0000-0000-00000000000011";
    private const string FileConsent = "application/vnd.microsoft.teams.card.file.consent";
    private static readonly (string Id, string Name) Megan = ("user-id-1", "Megan Bowen");
    private static readonly (string Id, string Name) Adele = ("user-id-2", "Adele Vance");
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Playground_ManagerWritesGoalsForTwoReportsAtOneProfile_SendsOne_SeesTheTeam_AndGetsTheExportFile()
    {
        var command = PlaygroundProcess.RequiredCommand();
        await using var host = await TeamsTestHost.StartAsync();
        await using var playground = await PlaygroundProcess.StartAsync(command, new Uri(host.BaseUrl, "api/messages"));
        var personal = PlaygroundProcess.ConversationId;
        var group = await playground.GroupChatIdAsync();
        await playground.InstallAsync(personal);
        await playground.InstallAsync(group);

        // In the personal chat there is no one else to mention: "@Megan" arrives as text, and the bot says where to mention her.
        await playground.SayAsync(personal, "goals @Megan clinops M5 smart");
        var told = await playground.NextAsync("createMessage", m => m.ConversationId == personal && m.Readable.Contains("@Megan", StringComparison.Ordinal), Patience);
        Assert.Contains("'@Megan' is typed text, not a mention", told.Readable, StringComparison.Ordinal);
        Assert.Contains("group chat or channel", told.Readable, StringComparison.Ordinal);

        // Megan: mentioned with the bot in the group chat, where everyone sees the shared templates and no one's values.
        var meganCard = await EditInPersonalChatAsync(playground, group, Megan);
        Assert.Contains("Goals for Megan Bowen", CardJson.AllText(meganCard.Cards[0]), StringComparison.Ordinal);
        Assert.Contains("Not sent to Megan Bowen yet.", CardJson.AllText(meganCard.Cards[0]), StringComparison.Ordinal);

        var saved = await playground.PressAsync(meganCard, "Save", new Dictionary<string, string> { [Target] = "95% of studies on plan" });
        Assert.Equal("95% of studies on plan", CardJson.InputValue(saved.GetProperty("value"), Target));
        meganCard = await playground.NextAsync("updateMessage", m => m.Id == meganCard.Id, Patience);
        Assert.Equal("95% of studies on plan", CardJson.InputValue(meganCard.Cards[0], Target));

        // Adele, at the same profile: her own draft, blank, with nothing of Megan's.
        var adeleCard = await EditInPersonalChatAsync(playground, group, Adele);
        Assert.Contains("Goals for Adele Vance", CardJson.AllText(adeleCard.Cards[0]), StringComparison.Ordinal);
        Assert.Equal(string.Empty, CardJson.InputValue(adeleCard.Cards[0], Target) ?? string.Empty);
        Assert.Contains("Send to Adele Vance", CardJson.ButtonTitles(adeleCard.Cards[0]));
        await playground.PressAsync(adeleCard, "Save", new Dictionary<string, string> { [Target] = "all sites activated" });
        adeleCard = await playground.NextAsync("updateMessage", m => m.Id == adeleCard.Id, Patience);
        Assert.Equal("all sites activated", CardJson.InputValue(adeleCard.Cards[0], Target));

        // Send to Megan: the bot asks the connector for a 1:1 with her and posts the snapshot there. The Playground is
        // Alex's client, so Megan's chat is not on its stream; what Alex sees is the card saying it was sent, and when.
        var sent = CardJson.AllText((await playground.PressAsync(meganCard, "Send to Megan Bowen")).GetProperty("value"));
        Assert.Contains("Sent to Megan Bowen.", sent, StringComparison.Ordinal);
        Assert.Matches(@"Sent to Megan Bowen \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC · not acknowledged yet\.", sent);

        // goals team: one line per person, with what was filled and sent, and a button to open each.
        await playground.SayAsync(personal, "goals team");
        var team = await playground.NextAsync("createMessage", m => m.ConversationId == personal && m.Cards.Count > 0, Patience);
        var lines = CardJson.AllText(team.Cards[0]).Split('\n');
        Assert.Matches(@"^• Megan Bowen: Clinical Trials Operations — M5 .* 1 of 15 filled, .*; sent \d{4}-\d{2}-\d{2}, not acknowledged yet$", Assert.Single(lines, l => l.Contains("Megan Bowen", StringComparison.Ordinal)));
        var adeleLine = Assert.Single(lines, l => l.Contains("Adele Vance", StringComparison.Ordinal));
        Assert.Contains("1 of 15 filled", adeleLine, StringComparison.Ordinal);
        Assert.EndsWith("; not sent", adeleLine, StringComparison.Ordinal);
        Assert.Equal(["Open Megan Bowen", "Open Adele Vance"], CardJson.ButtonTitles(team.Cards[0]).Order(StringComparer.Ordinal).Reverse());

        // goals export: the team's goals as a file, offered with a file consent card in the personal chat.
        await playground.SayAsync(personal, "goals export");
        var offer = await playground.NextAsync("createMessage", m => m.ConversationId == personal && m.Attachments(FileConsent).Count > 0, Patience);
        var consent = offer.Attachments(FileConsent)[0];
        Assert.EndsWith(".csv", consent.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.True(consent.GetProperty("sizeInBytes").GetInt64() > 0);
    }

    /// <summary>Mentions the person with the bot in the group chat, then presses "Edit in DM" on the shared templates; returns the editable card that arrives in the personal chat.</summary>
    private static async Task<PlaygroundMessage> EditInPersonalChatAsync(PlaygroundProcess playground, string group, (string Id, string Name) person)
    {
        await playground.SayAsync(group, $"<at>Test Bot</at> goals <at>{person.Name}</at> clinops M5 smart", (Bot, "Test Bot"), person);
        var shared = await playground.NextAsync("createMessage", m => m.ConversationId == group && m.Cards.Count > 0, Patience);
        Assert.Empty(CardJson.OfType(shared.Cards[0], "Input.Text"));
        var told = await playground.PressAsync(shared, "Edit in DM");
        Assert.Contains("direct messages", told.GetProperty("value").GetString(), StringComparison.Ordinal);
        return await playground.NextAsync("createMessage", m => m.ConversationId == PlaygroundProcess.ConversationId && m.Cards.Count > 0, Patience);
    }
}
