using GoalFrames.Conversation.Outcomes;
using GoalFrames.Engine;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Engine.Drafts;
using System.Text.Json.Nodes;
using GoalFrames.Rendering.BlockKit;
using GoalFrames.Rendering.Chat;

namespace GoalFrames.Conversation.Tests;

/// <summary>
/// Review season is about people: a manager with three reports at the same profile keeps three drafts, sees them by
/// person, and forgets one person without touching the others.
/// </summary>
public sealed class PeopleTests
{
    private const string Target = "smart/dept-head#target";
    private static readonly (string Id, string Name)[] Reports = [("U0101", "ana"), ("U0102", "ben"), ("U0103", "cho")];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ThreeReportsAtTheSameProfile_EachKeepTheirOwnValues_OnTheCardAndInTheStore()
    {
        await using var harness = new CoreHarness();

        foreach (var (id, name) in Reports)
        {
            var shown = await AskAsync(harness, $"goals <@{id}|{name}> clinops M5 smart");
            Assert.Equal(name, shown.About!.Name);
            var saved = Frames(await harness.Core.ActionAsync(CoreHarness.InDm, SaveFrom(shown, $"{name}: 12 studies"), Cancel));
            Assert.Equal(id, saved.About!.UserId);
        }

        foreach (var (id, name) in Reports)
        {
            var again = await AskAsync(harness, $"goals <@{id}|{name}> clinops M5 smart");
            Assert.Equal($"{name}: 12 studies", Value(again));
            var stored = await harness.Store.GetAsync(CoreHarness.Manager, new DraftSubject(id, name), CoreHarness.Profile, FrameKind.Smart, Cancel);
            Assert.Equal($"{name}: 12 studies", Assert.Single(stored!.Content.Values).Value);
        }

        Assert.Null(Value(await AskAsync(harness, "goals clinops M5 smart")));
    }

    [Fact]
    public async Task EveryButtonOfAReplyAboutSomeone_StaysWithThatPerson()
    {
        await using var harness = new CoreHarness();
        var shown = await AskAsync(harness, "goals <@U0101|ana> clinops M5 smart");
        await harness.Core.ActionAsync(CoreHarness.InDm, SaveFrom(shown, "12 studies"), Cancel);

        var switched = Frames(await harness.Core.ActionAsync(CoreHarness.InDm, new GoalsAction.SwitchFramework(CoreHarness.Profile, FrameKind.Smart) { About = shown.About }, Cancel));
        var message = BlockKitRenderer.Serialize(Assert.Single(BlockKitRenderer.Render(switched, ReplyMode.Editable)));
        var buttons = JsonNode.Parse(message)!.AsObject()["blocks"]!.AsArray()
            .SelectMany(b => b!["elements"]?.AsArray() ?? (b["accessory"] is { } accessory ? [accessory.DeepClone()] : []))
            .Where(e => (string?)e!["type"] == "button")
            .Select(e => Assert.IsType<ActionReadResult.Accepted>(ActionPayloads.Parse((string?)e!["value"])).Action)
            .ToList();

        Assert.Equal("12 studies", Value(switched));
        Assert.Contains("Goals for ana", message, StringComparison.Ordinal);
        Assert.True(buttons.Count >= 5, $"the editable message has its Edit, Save, Reset, switch and copy buttons: {buttons.Count}");
        Assert.All(buttons.Where(b => b is not GoalsAction.PostToChannel), b => Assert.Equal("U0101", b.About?.UserId));
    }

    [Fact]
    public async Task Team_ListsEachPersonWithProgressAndAnOpenButton_AndAPersonsDraftsOpenFromThere()
    {
        await using var harness = new CoreHarness();
        foreach (var (id, name) in Reports)
        {
            await harness.Core.ActionAsync(CoreHarness.InDm, SaveFrom(await AskAsync(harness, $"goals <@{id}|{name}> clinops M5 smart"), "12 studies"), Cancel);
        }

        var team = Words(await harness.Core.LineAsync(CoreHarness.InDm, "goals team", Cancel));

        Assert.StartsWith("Your team:", team.Text, StringComparison.Ordinal);
        foreach (var (_, name) in Reports)
        {
            Assert.Contains($"• {name}: Clinical Trials Operations", team.Text, StringComparison.Ordinal);
        }

        Assert.Contains("1 of 15 filled", team.Text, StringComparison.Ordinal);
        Assert.Contains("0 of 5 goals ready", team.Text, StringComparison.Ordinal);
        Assert.Equal(["Open ana", "Open ben", "Open cho"], team.Buttons.Select(b => b.Title));
        var ben = Assert.IsType<GoalsAction.Run>(team.Buttons[1].Action);
        var person = Words(await harness.Core.ActionAsync(CoreHarness.InDm, ben, Cancel));
        Assert.StartsWith("Your drafts about ben:", person.Text, StringComparison.Ordinal);
        var open = Assert.IsType<GoalsAction.SwitchFramework>(Assert.Single(person.Buttons).Action);
        Assert.Equal("U0102", open.About!.UserId);
    }

    [Fact]
    public async Task Team_OfMoreThanAPage_Paginates_WithANextButton()
    {
        await using var harness = new CoreHarness();
        for (var i = 0; i < DraftCommands.TeamPageSize + 2; i++)
        {
            var shown = await AskAsync(harness, $"goals <@U{i:0000}|person{i:00}> clinops M5 smart");
            await harness.Core.ActionAsync(CoreHarness.InDm, SaveFrom(shown, "1"), Cancel);
        }

        var first = Words(await harness.Core.LineAsync(CoreHarness.InDm, "goals team", Cancel));
        var second = Words(await harness.Core.ActionAsync(CoreHarness.InDm, first.Buttons[^1].Action, Cancel));

        Assert.StartsWith("Your team (page 1 of 2):", first.Text, StringComparison.Ordinal);
        Assert.Equal("Next page", first.Buttons[^1].Title);
        Assert.StartsWith("Your team (page 2 of 2):", second.Text, StringComparison.Ordinal);
        Assert.Contains("person11", second.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("person00", second.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APersonWithNoDraftsYet_IsAskedForAProfile()
    {
        await using var harness = new CoreHarness();

        var answer = Words(await harness.Core.LineAsync(CoreHarness.InDm, "goals <@U0101|ana>", Cancel));

        Assert.Contains("no drafts about ana yet", answer.Text, StringComparison.Ordinal);
        Assert.Contains("goals @ana clinops M5 smart", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgetAPerson_DeletesEverythingAboutThem_AndNothingElse()
    {
        await using var harness = new CoreHarness();
        foreach (var (id, name) in Reports)
        {
            await harness.Core.ActionAsync(CoreHarness.InDm, SaveFrom(await AskAsync(harness, $"goals <@{id}|{name}> clinops M5 smart"), "12"), Cancel);
        }

        await harness.Core.ActionAsync(CoreHarness.InDm, SaveFrom(await AskAsync(harness, "goals clinops M5 smart"), "mine"), Cancel);

        var forgotten = Words(await harness.Core.LineAsync(CoreHarness.InDm, "goals forget <@U0102|ben>", Cancel));

        Assert.StartsWith("Forgot this draft:", forgotten.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("sent", forgotten.Text, StringComparison.Ordinal);
        var left = await harness.Store.ListAsync(CoreHarness.Manager, Cancel);
        Assert.Equal(["(nobody)", "ana", "cho"], left.Select(d => d.About?.Name ?? "(nobody)").Order());
        Assert.Equal("There was nothing about ben to forget.", Words(await harness.Core.LineAsync(CoreHarness.InDm, "goals forget <@U0102|ben>", Cancel)).Text);
    }

    [Fact]
    public async Task Mine_NamesEachDraftsPersonAndProfile_WithButtonsToReopen()
    {
        await using var harness = new CoreHarness();
        await harness.Core.ActionAsync(CoreHarness.InDm, SaveFrom(await AskAsync(harness, "goals <@U0101|ana> clinops M5 smart"), "12"), Cancel);

        var mine = Words(await harness.Core.LineAsync(CoreHarness.InDm, "goals mine", Cancel));

        Assert.Contains("1. Clinical Trials Operations", mine.Text, StringComparison.Ordinal);
        Assert.Contains("about ana", mine.Text, StringComparison.Ordinal);
        Assert.Contains("last saved", mine.Text, StringComparison.Ordinal);
        var reopened = Frames(await harness.Core.ActionAsync(CoreHarness.InDm, Assert.Single(mine.Buttons).Action, Cancel));
        Assert.Equal("12", Value(reopened));
    }

    [Fact]
    public async Task PeopleCommands_OnASharedSurface_AreRefused()
    {
        await using var harness = new CoreHarness();
        var inChannel = ConversationRequest.Of(CoreHarness.Manager, SurfaceKind.SharedConversation);

        foreach (var line in new[] { "goals team", "goals <@U0101|ana>", "goals forget <@U0101|ana>" })
        {
            var answer = Words(await harness.Core.LineAsync(inChannel, line, Cancel));
            Assert.Contains("private", answer.Text, StringComparison.Ordinal);
        }
    }

    private static async Task<GoalsReply.Frames> AskAsync(CoreHarness harness, string line) =>
        Frames(await harness.Core.LineAsync(CoreHarness.InDm, line, Cancel));

    private static GoalsReply.Frames Frames(Outcome outcome) =>
        Assert.IsType<GoalsReply.Frames>(Assert.IsType<Answer.Goals>(outcome.Said).Reply);

    private static Answer.Words Words(Outcome outcome) => Assert.IsType<Answer.Words>(outcome.Said);

    /// <summary>The Save button of a reply, as the renderers write it (about the reply's person), with the SMART target typed.</summary>
    private static GoalsAction.Save SaveFrom(GoalsReply.Frames shown, string target)
    {
        Assert.True(GoalInputs.TryParse(Target, out var item, out var slot));
        return new GoalsAction.Save(CoreHarness.Profile, FrameKind.Smart, shown.Sheet.CanonFingerprint, [new DraftValue(item, slot, target)])
        {
            About = shown.About,
            Versions = shown.Versions,
            Shown = ShownValues.Of(shown.Sheet),
        };
    }

    private static string? Value(GoalsReply.Frames frames) =>
        frames.Sheet.Sections.SelectMany(s => s.Items).Where(i => i.Key == "smart/dept-head")
            .SelectMany(i => i.Fields).SelectMany(f => f.Content.Pieces).OfType<Engine.Pieces.UserValuePiece>()
            .FirstOrDefault(p => p.Slot == "target")?.Value;
}
