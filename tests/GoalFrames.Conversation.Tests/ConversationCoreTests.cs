using GoalFrames.Conversation.Outcomes;
using GoalFrames.Engine;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Engine.Drafts;
using GoalFrames.Rendering.Chat;
using Microsoft.Extensions.Time.Testing;

namespace GoalFrames.Conversation.Tests;

/// <summary>
/// What a manager sees from the conversation core, whatever the surface: saves that never overwrite, resets that ask and
/// can be undone, private answers on shared messages, limits on every action, and failures answered, never thrown.
/// </summary>
public sealed class ConversationCoreTests
{
    private const string Target = "smart/dept-head#target";
    private const string Baseline = "smart/dept-head#baseline";
    private const string OkrTarget = "okr/dept-head#kr1.target";
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StaleSave_OfTheSameBlank_KeepsTheOtherDevicesValue_AndRepeatsWhatWasTyped()
    {
        await using var harness = new CoreHarness();
        var shown = await AskAsync(harness, "goals clinops M5 smart");

        await SaveAsync(harness, shown, (Target, "12 studies"));
        var stale = await SaveAsync(harness, shown, (Target, "15 studies"));

        Assert.Equal("12 studies", await StoredAsync(harness, FrameKind.Smart, Target));
        var notice = Assert.IsType<Answer.Goals>(Assert.IsType<Outcome.UpdateMessage>(stale).Answer).Reply;
        var text = Assert.IsType<GoalsReply.Frames>(notice).Notice!.Text;
        Assert.Contains("changed elsewhere", text, StringComparison.Ordinal);
        Assert.Contains("you typed \"15 studies\"; saved: \"12 studies\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaleSave_OfAnotherBlank_MergesBothWithoutComplaint()
    {
        await using var harness = new CoreHarness();
        var shown = await AskAsync(harness, "goals clinops M5 smart");

        await SaveAsync(harness, shown, (Target, "12 studies"));
        var stale = await SaveAsync(harness, shown, (Baseline, "8 studies"));

        Assert.Equal("12 studies", await StoredAsync(harness, FrameKind.Smart, Target));
        Assert.Equal("8 studies", await StoredAsync(harness, FrameKind.Smart, Baseline));
        Assert.Equal("Saved.", Frames(stale).Notice!.Text);
    }

    [Fact]
    public async Task SaveOnOneCardOfAMultiCardReply_NeverBlanksWhatAnotherCardSaved()
    {
        await using var harness = new CoreHarness();
        var all = await AskAsync(harness, "goals clinops M5 all");

        // Card 1 holds the SMART goals, card 2 the OKRs; each sends only its own inputs, both built from the same reply.
        await SaveAsync(harness, all, (Target, "12 studies"));
        var second = await SaveAsync(harness, all, (OkrTarget, "3 launches"));

        Assert.Equal("12 studies", await StoredAsync(harness, FrameKind.Smart, Target));
        Assert.Equal("3 launches", await StoredAsync(harness, FrameKind.Okr, OkrTarget));
        Assert.Equal("12 studies", Value(Frames(second), Target));
    }

    [Fact]
    public async Task Reset_AsksFirst_ThenClearsKeepingTheDraft_AndUndoPutsTheValuesBack()
    {
        await using var harness = new CoreHarness();
        var shown = await AskAsync(harness, "goals clinops M5 smart");
        await SaveAsync(harness, shown, (Target, "12 studies"), (Baseline, "8 studies"));
        var reset = new GoalsAction.Reset(CoreHarness.Profile, FrameKind.Smart, shown.Sheet.CanonFingerprint);

        var question = Frames(await harness.Core.ActionAsync(CoreHarness.InDm, reset, Cancel));
        Assert.Equal("12 studies", await StoredAsync(harness, FrameKind.Smart, Target));
        Assert.Equal(["Yes, clear them", "Keep them"], question.Notice!.Buttons.Select(b => b.Title));

        var cleared = Frames(await harness.Core.ActionAsync(CoreHarness.InDm, question.Notice.Buttons[0].Action, Cancel));
        Assert.Null(await StoredAsync(harness, FrameKind.Smart, Target));
        Assert.Single(await harness.Store.ListAsync(CoreHarness.Manager, Cancel));
        Assert.Equal("Cleared 2 values. Undo puts them back.", cleared.Notice!.Text);

        var undone = Frames(await harness.Core.ActionAsync(CoreHarness.InDm, Assert.Single(cleared.Notice.Buttons).Action, Cancel));
        Assert.Equal("12 studies", await StoredAsync(harness, FrameKind.Smart, Target));
        Assert.Equal("8 studies", await StoredAsync(harness, FrameKind.Smart, Baseline));
        Assert.Equal("12 studies", Value(undone, Target));
    }

    [Fact]
    public async Task CopyAsText_OnASharedMessage_AnswersOnlyThePresserWithTheirValues_AndPostToChannelDoesNotPostTwice()
    {
        await using var harness = new CoreHarness();
        await SaveAsync(harness, await AskAsync(harness, "goals clinops M5 smart"), (Target, "12 studies"));
        var inChannel = ConversationRequest.Of(CoreHarness.Manager, SurfaceKind.SharedConversation);

        var copy = await harness.Core.ActionAsync(inChannel, new GoalsAction.CopyAsText(CoreHarness.Profile, FrameKind.Smart), Cancel);
        var post = await harness.Core.ActionAsync(inChannel, new GoalsAction.PostToChannel(CoreHarness.Profile, FrameKind.Smart), Cancel);

        var privately = Assert.IsType<Answer.Goals>(Assert.IsType<Outcome.ReplyPrivately>(copy).Answer);
        Assert.True(privately.Personal);
        Assert.Equal("12 studies", Value(Assert.IsType<GoalsReply.Frames>(privately.Reply), Target));
        Assert.Equal("These goals are already posted here for everyone.", Assert.IsType<Answer.Words>(Assert.IsType<Outcome.ReplyPrivately>(post).Answer).Text);
    }

    [Fact]
    public async Task SaveOutsideTheDirectMessage_IsRefusedAndChangesNothing()
    {
        await using var harness = new CoreHarness();
        var shown = await AskAsync(harness, "goals clinops M5 smart");
        var save = SaveAction(shown, (Target, "12 studies"));

        var outcome = await harness.Core.ActionAsync(ConversationRequest.Of(CoreHarness.Manager, SurfaceKind.SharedConversation), save, Cancel);

        Assert.Contains("direct messages", Assert.IsType<Answer.Words>(Assert.IsType<Outcome.ReplyPrivately>(outcome).Answer).Text, StringComparison.Ordinal);
        Assert.Empty(await harness.Store.ListAsync(CoreHarness.Manager, Cancel));
    }

    [Fact]
    public async Task CardActions_CountAgainstThePerUserLimit()
    {
        await using var harness = new CoreHarness(perMinute: 6);
        var action = new GoalsAction.SwitchFramework(CoreHarness.Profile, FrameKind.Okr);

        var outcomes = new List<Outcome>();
        for (var i = 0; i < 3; i++)
        {
            outcomes.Add(await harness.Core.ActionAsync(CoreHarness.InDm, action, Cancel));
        }

        Assert.IsType<Outcome.UpdateMessage>(outcomes[0]);
        Assert.Contains("You're asking quickly", Assert.IsType<Answer.Words>(Assert.IsType<Outcome.ReplyPrivately>(outcomes[^1]).Answer).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStoreThatFails_IsAnsweredKindly_InChatAndInADialog()
    {
        GatedDraftStore? gated = null;
        await using var harness = new CoreHarness(store => gated = new GatedDraftStore(store));
        var shown = await AskAsync(harness, "goals clinops M5 smart");
        gated!.Down = true;

        var mine = await harness.Core.LineAsync(CoreHarness.InDm, "goals mine", Cancel);
        var dialog = await harness.Core.ActionAsync(CoreHarness.InDm with { InDialog = true }, SaveAction(shown, (Target, "12 studies")), Cancel);

        Assert.Contains("could not finish that", Assert.IsType<Outcome.Failed>(mine).Words, StringComparison.Ordinal);
        Assert.Contains("Nothing you saved before is lost", Assert.IsType<Outcome.Failed>(dialog).Words, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASlowSave_IsAcknowledgedAsStillSaving_AndFinishesAfterwards()
    {
        GatedDraftStore? gated = null;
        var time = new FakeTimeProvider();
        await using var harness = new CoreHarness(store => gated = new GatedDraftStore(store), time: time);
        var shown = await AskAsync(harness, "goals clinops M5 smart");
        gated!.Gated = true;

        // The save reaches the store and waits there; then the clock passes the deadline.
        var answering = harness.Core.ActionAsync(CoreHarness.InDm, SaveAction(shown, (Target, "12 studies")), Cancel);
        await gated.SaveStarted.Task.WaitAsync(Cancel);
        time.Advance(new ConversationOptions().Deadline + TimeSpan.FromSeconds(1));
        var outcome = await answering;

        var pending = Assert.IsType<Outcome.Pending>(outcome);
        Assert.Contains("still saving", Assert.IsType<Answer.Words>(pending.Now).Text, StringComparison.Ordinal);
        gated.SaveGate.SetResult();
        Assert.Equal("12 studies", Value(Frames(await pending.Later.WaitAsync(Cancel)), Target));
        Assert.Equal("12 studies", await StoredAsync(harness, FrameKind.Smart, Target));
    }

    private static async Task<GoalsReply.Frames> AskAsync(CoreHarness harness, string line) =>
        Frames(await harness.Core.LineAsync(CoreHarness.InDm, line, Cancel));

    private static GoalsReply.Frames Frames(Outcome outcome) =>
        Assert.IsType<GoalsReply.Frames>(Assert.IsType<Answer.Goals>(outcome.Said).Reply);

    /// <summary>The Save button of a reply, as the renderers write it, with the values typed into some of its inputs.</summary>
    private static GoalsAction.Save SaveAction(GoalsReply.Frames shown, params (string Input, string Value)[] typed) =>
        new(CoreHarness.Profile, shown.Kinds.Count == 1 ? shown.Kinds[0] : null, shown.Sheet.CanonFingerprint,
            [.. typed.Select(t => GoalInputs.TryParse(t.Input, out var item, out var slot) ? new DraftValue(item, slot, t.Value) : throw new ArgumentException(t.Input))])
        {
            Versions = shown.Versions,
            Shown = ShownValues.Of(shown.Sheet),
        };

    private static async Task<Outcome> SaveAsync(CoreHarness harness, GoalsReply.Frames shown, params (string Input, string Value)[] typed) =>
        await harness.Core.ActionAsync(CoreHarness.InDm, SaveAction(shown, typed), Cancel);

    private static async Task<string?> StoredAsync(CoreHarness harness, FrameKind kind, string input)
    {
        Assert.True(GoalInputs.TryParse(input, out var item, out var slot));
        var draft = await harness.Store.GetAsync(CoreHarness.Manager, null, CoreHarness.Profile, kind, Cancel);
        return draft?.Content.Values.FirstOrDefault(v => v.ItemKey == item && v.Slot == slot)?.Value;
    }

    private static string? Value(GoalsReply.Frames frames, string input) =>
        ShownValues.Of(frames.Sheet).ContainsKey(input)
            ? frames.Sheet.Sections.SelectMany(s => s.Items).Where(i => input.StartsWith(i.Key + "#", StringComparison.Ordinal))
                .SelectMany(i => i.Fields).SelectMany(f => f.Content.Pieces).OfType<Engine.Pieces.UserValuePiece>()
                .FirstOrDefault(p => input.EndsWith("#" + p.Slot, StringComparison.Ordinal))?.Value
            : null;
}
