using System.Text.Json;
using GoalFrames.Conversation.Outcomes;
using GoalFrames.Engine;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Engine.Pieces;
using GoalFrames.Engine.Sheets;
using GoalFrames.Rendering.AdaptiveCards;

namespace GoalFrames.Conversation.Tests;

/// <summary>
/// Growth goals in a manager's direct messages: every Goal line is an editable goal with its placeholders, saved as a
/// draft like any other framework's rows, under the pair id (<c>FAMILY.FOCUS.From..To</c>) and framework <c>growth</c>.
/// </summary>
public sealed class GrowthDraftTests
{
    private const string Pair = "CLINIC1.CLINICAL3CD6.M4..M5";
    private const string ScopeTarget = "growth/dimension/scope#target";
    private const string NewDate = "growth/new/dept-head#date";
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task InADirectMessage_EveryGoalLineIsAnEditableGoalWithItsPlaceholders()
    {
        await using var harness = new CoreHarness();

        var answer = Assert.IsType<Answer.Goals>((await harness.Core.LineAsync(CoreHarness.InDm, "goals clinops M4..M5", Cancel)).Said);

        Assert.Equal(ReplyMode.Editable, answer.Mode);
        var frames = Assert.IsType<GoalsReply.Frames>(answer.Reply);
        Assert.Equal(Pair, frames.Sheet.Profile.Id);
        var goals = frames.Sheet.Sections.SelectMany(s => s.Items).Select(i => i.Field(FieldKind.Goal)!).ToList();
        Assert.Equal(6 + 5 + 2, goals.Count);
        Assert.All(goals, g => Assert.Equal([PlaceholderKind.Target, PlaceholderKind.Date], g.Content.Slots.Select(s => s.Kind)));
        var inputs = Inputs(AdaptiveCardRenderer.Render(frames, ReplyMode.Editable));
        Assert.Equal(goals.Count * 2, inputs.Count);
        Assert.Contains(ScopeTarget, inputs);
    }

    [Fact]
    public async Task SavedFromTheCard_IsADraftOfThePair_ShownAgainAndListedAmongMine()
    {
        await using var harness = new CoreHarness();
        var shown = Frames((await harness.Core.LineAsync(CoreHarness.InDm, "goals clinops M4..M5", Cancel)).Said);

        var save = SaveFromCard(shown, (ScopeTarget, "leads two functions"), (NewDate, "2027-03-31"));
        var saved = Frames(Assert.IsType<Outcome.UpdateMessage>(await harness.Core.ActionAsync(CoreHarness.InDm, save, Cancel)).Answer);

        Assert.Equal("Saved.", saved.Notice!.Text);
        var draft = await harness.Store.GetAsync(CoreHarness.Manager, null, Pair, FrameKind.Growth, Cancel);
        Assert.NotNull(draft);
        Assert.Equal(["leads two functions", "2027-03-31"], draft.Content.Values.Select(v => v.Value));
        Assert.Null(await harness.Store.GetAsync(CoreHarness.Manager, null, CoreHarness.Profile, FrameKind.Smart, Cancel));

        var again = Frames((await harness.Core.LineAsync(CoreHarness.InDm, "goals clinops M4 growth", Cancel)).Said);
        Assert.Contains("Show evidence at the M5 scope bar \u2014 leads two functions by \u27E8date\u27E9", Lines(again), StringComparer.Ordinal);
        Assert.Equal(1, again.Versions[FrameKind.Growth]);

        var mine = Assert.IsType<Answer.Words>((await harness.Core.LineAsync(CoreHarness.InDm, "goals mine", Cancel)).Said).Text;
        Assert.Contains($"1. {Pair} \u00B7 growth \u2014 2 of 26 filled", mine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InASharedConversation_TheFrameIsReadOnly_WithoutAnyonesValues()
    {
        await using var harness = new CoreHarness();
        var shown = Frames((await harness.Core.LineAsync(CoreHarness.InDm, "goals clinops M4..M5", Cancel)).Said);
        await harness.Core.ActionAsync(CoreHarness.InDm, SaveFromCard(shown, (ScopeTarget, "leads two functions")), Cancel);

        var answer = Assert.IsType<Answer.Goals>((await harness.Core.LineAsync(ConversationRequest.Of(CoreHarness.Manager, SurfaceKind.SharedConversation), "goals clinops M4..M5", Cancel)).Said);

        Assert.Equal(ReplyMode.Posted, answer.Mode);
        Assert.DoesNotContain(Lines(Assert.IsType<GoalsReply.Frames>(answer.Reply)), l => l.Contains("leads two functions", StringComparison.Ordinal));
    }

    private static GoalsReply.Frames Frames(Answer? answer) => Assert.IsType<GoalsReply.Frames>(Assert.IsType<Answer.Goals>(answer).Reply);

    private static List<string> Lines(GoalsReply.Frames frames) => [.. frames.Sheet.Sections.SelectMany(s => s.Items).SelectMany(i => i.Lines).Select(l => l.Text)];

    /// <summary>The Save button of the editable Teams card, as Teams sends it back with what was typed.</summary>
    private static GoalsAction.Save SaveFromCard(GoalsReply.Frames shown, params (string Input, string Value)[] typed)
    {
        var json = AdaptiveCardRenderer.Serialize(AdaptiveCardRenderer.Render(shown, ReplyMode.Editable));
        using var cards = JsonDocument.Parse(json);
        var data = Walk(cards.RootElement).First(e => e.TryGetProperty("verb", out var verb) && verb.GetString() == ActionNames.Save).GetProperty("data").GetRawText();
        var read = ActionPayloads.Parse(data, typed.Select(t => KeyValuePair.Create(t.Input, t.Value)));
        return Assert.IsType<GoalsAction.Save>(Assert.IsType<ActionReadResult.Accepted>(read).Action);
    }

    private static List<string> Inputs(IReadOnlyList<AdaptiveCard> cards)
    {
        using var json = JsonDocument.Parse(AdaptiveCardRenderer.Serialize(cards));
        return [.. Walk(json.RootElement).Where(e => e.TryGetProperty("type", out var type) && type.GetString()!.StartsWith("Input.", StringComparison.Ordinal)).Select(e => e.GetProperty("id").GetString()!)];
    }

    private static IEnumerable<JsonElement> Walk(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Walk(p.Value)).Prepend(element),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Walk),
        _ => [],
    };
}
