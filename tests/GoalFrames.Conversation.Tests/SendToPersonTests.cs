using GoalFrames.Conversation.Outcomes;
using GoalFrames.Engine;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Engine.Drafts;
using GoalFrames.Rendering.Chat;

namespace GoalFrames.Conversation.Tests;

/// <summary>
/// A manager sends a report their goals: the report gets a read-only snapshot with Acknowledge and a question box, the
/// manager's card says sent and acknowledged, and nobody else can answer for the report.
/// </summary>
public sealed class SendToPersonTests
{
    private const string Target = "smart/dept-head#target";
    private static readonly DraftSubject Ana = new("U0101", "ana");
    private static readonly ConversationRequest Manager = CoreHarness.InDm with { Name = "Alex" };
    private static readonly ConversationRequest AnaInDm = ConversationRequest.Of(new DraftOwner("slack", "T1", Ana.UserId), SurfaceKind.DirectMessage);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Send_DeliversAReadOnlySnapshotWithAcknowledgeAndAQuestionBox_AndTheManagersCardSaysSent()
    {
        await using var harness = new CoreHarness();
        var card = await SaveAsync(harness, "12 studies");

        var after = Frames(await harness.Core.ActionAsync(Manager, Send(card), Cancel));

        var (to, answer) = Assert.Single(harness.Messenger.Sent);
        Assert.Equal(Ana.UserId, to.UserId);
        var copy = Assert.IsType<Answer.Goals>(answer);
        Assert.Equal(ReplyMode.Received, copy.Mode);
        var received = Assert.IsType<GoalsReply.Frames>(copy.Reply);
        Assert.Equal("12 studies", Value(received));
        Assert.StartsWith("Alex sent you goals for Clinical Trials Operations", received.Notice!.Text, StringComparison.Ordinal);
        Assert.Equal(["Acknowledge", "Ask a question"], received.Notice.Buttons.Select(b => b.Title));
        Assert.Equal(ActionNames.QuestionInput, received.Notice.Input!.Id);
        Assert.Equal("Sent to ana.", after.Notice!.Text);
        Assert.Equal(1, after.Sent!.Sends);
        Assert.Null(after.Sent.AcknowledgedAt);
    }

    [Fact]
    public async Task Acknowledge_ByThePerson_TellsTheManager_AndTheirCopySaysSo()
    {
        await using var harness = new CoreHarness();
        await harness.Core.ActionAsync(Manager, Send(await SaveAsync(harness, "12 studies")), Cancel);
        var acknowledge = Received(harness, 0).Notice!.Buttons[0].Action;

        var outcome = await harness.Core.ActionAsync(AnaInDm, acknowledge, Cancel);

        var copy = Assert.IsType<GoalsReply.Frames>(Assert.IsType<Answer.Goals>(Assert.IsType<Outcome.UpdateMessage>(outcome).Answer).Reply);
        Assert.Contains("You acknowledged them", copy.Notice!.Text, StringComparison.Ordinal);
        Assert.Empty(copy.Notice.Buttons);
        var (to, told) = harness.Messenger.Sent.Last();
        Assert.Equal(CoreHarness.Manager.UserId, to.UserId);
        Assert.StartsWith("ana acknowledged the goals you sent", Assert.IsType<Answer.Words>(told).Text, StringComparison.Ordinal);
        var stored = Assert.Single(await harness.Sent.ListAsync(CoreHarness.Manager, Cancel));
        Assert.NotNull(stored.AcknowledgedAt);
        var card = Frames(await harness.Core.LineAsync(Manager, "goals <@U0101|ana> clinops M5 smart", Cancel));
        Assert.NotNull(card.Sent?.AcknowledgedAt);
    }

    [Fact]
    public async Task SomeoneElse_CannotAcknowledgeOrAsk_ForThePerson()
    {
        await using var harness = new CoreHarness();
        await harness.Core.ActionAsync(Manager, Send(await SaveAsync(harness, "12 studies")), Cancel);
        var buttons = Received(harness, 0).Notice!.Buttons;
        var ben = ConversationRequest.Of(new DraftOwner("slack", "T1", "U0102"), SurfaceKind.DirectMessage);
        var anaElsewhere = ConversationRequest.Of(new DraftOwner("slack", "T2", Ana.UserId), SurfaceKind.DirectMessage);

        foreach (var presser in new[] { ben, anaElsewhere, Manager })
        {
            Assert.Contains("sent to someone else", Said(await harness.Core.ActionAsync(presser, buttons[0].Action, Cancel)), StringComparison.Ordinal);
            Assert.Contains("sent to someone else", Said(await harness.Core.ActionAsync(presser, Question(buttons[1].Action, "hi?"), Cancel)), StringComparison.Ordinal);
        }

        Assert.Null(Assert.Single(await harness.Sent.ListAsync(CoreHarness.Manager, Cancel)).AcknowledgedAt);
        Assert.Single(harness.Messenger.Sent);
    }

    [Fact]
    public async Task ASecondSend_IsAnUpdate_ThePersonsCopyKeepsWhatWasSent_AndTheOldCopyCannotAcknowledgeIt()
    {
        await using var harness = new CoreHarness();
        var first = await SaveAsync(harness, "12 studies");
        await harness.Core.ActionAsync(Manager, Send(first), Cancel);
        var oldAcknowledge = Received(harness, 0).Notice!.Buttons[0].Action;

        var edited = await SaveAsync(harness, "15 studies");
        Assert.Equal("12 studies", Value(Received(harness, 0)));
        var resent = Frames(await harness.Core.ActionAsync(Manager, Send(edited), Cancel));

        var update = Received(harness, 1);
        Assert.StartsWith("Updated: Alex sent you a new version", update.Notice!.Text, StringComparison.Ordinal);
        Assert.Equal("15 studies", Value(update));
        Assert.Equal(2, resent.Sent!.Sends);
        Assert.Contains("newer version", Said(await harness.Core.ActionAsync(AnaInDm, oldAcknowledge, Cancel)), StringComparison.Ordinal);
        Assert.Null(Assert.Single(await harness.Sent.ListAsync(CoreHarness.Manager, Cancel)).AcknowledgedAt);
    }

    [Fact]
    public async Task AQuestion_GoesToTheManagerWithAButtonToTheGoals()
    {
        await using var harness = new CoreHarness();
        await harness.Core.ActionAsync(Manager, Send(await SaveAsync(harness, "12 studies")), Cancel);
        var ask = Received(harness, 0).Notice!.Buttons[1].Action;

        Assert.Contains("Type your question", Said(await harness.Core.ActionAsync(AnaInDm, ask, Cancel)), StringComparison.Ordinal);
        var answer = Said(await harness.Core.ActionAsync(AnaInDm, Question(ask, "Is 12 studies per quarter or per year?"), Cancel));

        Assert.Equal("Sent your question to Alex.", answer);
        var (to, question) = harness.Messenger.Sent.Last();
        Assert.Equal(CoreHarness.Manager.UserId, to.UserId);
        var words = Assert.IsType<Answer.Words>(question);
        Assert.Contains("\"Is 12 studies per quarter or per year?\"", words.Text, StringComparison.Ordinal);
        var open = Assert.IsType<GoalsAction.SwitchFramework>(Assert.Single(words.Buttons).Action);
        Assert.Equal("12 studies", Value(Frames(await harness.Core.ActionAsync(Manager, open, Cancel))));
    }

    [Fact]
    public async Task APersonTheBotCannotReach_IsNamedWithTheReason_AndNothingIsMarkedSent()
    {
        await using var harness = new CoreHarness();
        var card = await SaveAsync(harness, "12 studies");
        harness.Messenger.UnreachableBecause = "they haven't installed GoalFrames.";

        var said = Said(await harness.Core.ActionAsync(Manager, Send(card), Cancel));

        Assert.Equal("I couldn't send these goals to ana: they haven't installed GoalFrames. Nothing was marked as sent.", said);
        Assert.Empty(await harness.Sent.ListAsync(CoreHarness.Manager, Cancel));
    }

    [Fact]
    public async Task NothingSavedYet_IsNotSent()
    {
        await using var harness = new CoreHarness();
        var card = Frames(await harness.Core.LineAsync(Manager, "goals <@U0101|ana> clinops M5 smart", Cancel));

        Assert.Contains("Save your goals first", Said(await harness.Core.ActionAsync(Manager, Send(card), Cancel)), StringComparison.Ordinal);
        Assert.Empty(harness.Messenger.Sent);
    }

    [Fact]
    public async Task ForgetThePerson_DeletesWhatWasSentToThemToo()
    {
        await using var harness = new CoreHarness();
        await harness.Core.ActionAsync(Manager, Send(await SaveAsync(harness, "12 studies")), Cancel);
        var acknowledge = Received(harness, 0).Notice!.Buttons[0].Action;

        await harness.Core.LineAsync(Manager, "goals forget <@U0101|ana>", Cancel);

        Assert.Empty(await harness.Sent.ListAsync(CoreHarness.Manager, Cancel));
        Assert.Contains("no longer available", Said(await harness.Core.ActionAsync(AnaInDm, acknowledge, Cancel)), StringComparison.Ordinal);
    }

    private static async Task<GoalsReply.Frames> SaveAsync(CoreHarness harness, string target)
    {
        var shown = Frames(await harness.Core.LineAsync(Manager, "goals <@U0101|ana> clinops M5 smart", Cancel));
        Assert.True(GoalInputs.TryParse(Target, out var item, out var slot));
        var save = new GoalsAction.Save(CoreHarness.Profile, FrameKind.Smart, shown.Sheet.CanonFingerprint, [new DraftValue(item, slot, target)])
        {
            About = shown.About,
            Versions = shown.Versions,
            Shown = ShownValues.Of(shown.Sheet),
        };
        return Frames(await harness.Core.ActionAsync(Manager, save, Cancel));
    }

    private static GoalsAction.SendToPerson Send(GoalsReply.Frames card) => new(card.Sheet.Profile.Id, FrameKind.Smart) { About = card.About };

    private static GoalsAction Question(GoalsAction ask, string question) => (GoalsAction.AskQuestion)ask with { Question = question };

    private static GoalsReply.Frames Received(CoreHarness harness, int index) =>
        Assert.IsType<GoalsReply.Frames>(Assert.IsType<Answer.Goals>(harness.Messenger.Sent.ElementAt(index).Answer).Reply);

    private static GoalsReply.Frames Frames(Outcome outcome) =>
        Assert.IsType<GoalsReply.Frames>(Assert.IsType<Answer.Goals>(outcome.Said).Reply);

    private static string Said(Outcome outcome) => Assert.IsType<Answer.Words>(outcome.Said).Text;

    private static string? Value(GoalsReply.Frames frames) =>
        frames.Sheet.Sections.SelectMany(s => s.Items).Where(i => i.Key == "smart/dept-head")
            .SelectMany(i => i.Fields).SelectMany(f => f.Content.Pieces).OfType<Engine.Pieces.UserValuePiece>()
            .FirstOrDefault(p => p.Slot == "target")?.Value;
}
