using GoalFrames.Engine.Conversation;
using GoalFrames.Rendering.AdaptiveCards;
using GoalFrames.Rendering.Tests.Chat;

namespace GoalFrames.Rendering.Tests.AdaptiveCards;

/// <summary>What a manager sees of the completeness checks on their own Teams card, and that shared cards show none.</summary>
public sealed class CheckCardTests
{
    private static readonly GoalsReply Checked = ChatReplyCases.Reply(ChatReplyCases.Named("clinops-m5-okr-checked"));

    [Fact]
    public void EditableCard_ListsEachGoalsChecksUnderIt()
    {
        var card = Assert.Single(AdaptiveCardRenderer.Render(Checked, ReplyMode.Editable));

        Assert.Equal(
        [
            "To fix: Write \u27E8date\u27E9 as yyyy-MM-dd (e.g. 2027-03-31); other date formats cannot be checked.",
            "To fix: \u27E8target\u27E9 is the same as \u27E8baseline\u27E9: the goal would change nothing.",
            "Hint: Is \u27E8target\u27E9 measurable? It states no number, percentage, amount or date.",
        ], CheckLines(GoalOf(card, "okr/dept-head")));
        Assert.Equal(["\u2713 Ready: nothing left to fix."], CheckLines(GoalOf(card, "okr/program-operations")));
        Assert.Equal(["To fix: Fill in \u27E8target\u27E9, \u27E8date\u27E9.", "To fix: \u27E8date\u27E9 falls outside the review cycle."], CheckLines(GoalOf(card, "okr/vendor-lead")));
        Assert.Equal(["To fix: Fill in \u27E8baseline\u27E9, \u27E8target\u27E9, \u27E8date\u27E9."], CheckLines(GoalOf(card, "okr/talent-network")));
    }

    [Fact]
    public void EditableCard_ColoursWhatToFixAndHints_AndMarksTheBlanksAsPlaceholders()
    {
        var card = Assert.Single(AdaptiveCardRenderer.Render(Checked, ReplyMode.Editable));
        var lines = CheckBlocks(GoalOf(card, "okr/dept-head")).ToList();

        Assert.Equal([TextColor.Attention, TextColor.Attention, TextColor.Warning], lines.Select(l => l.Inlines[0].Color));
        Assert.Equal(TextColor.Accent, Assert.Single(lines[2].Inlines, r => r.Text == "\u27E8target\u27E9").Color);
    }

    [Fact]
    public void EditableCard_SaysTheCycleAndTheRollUpOnceAtTheTop()
    {
        var card = Assert.Single(AdaptiveCardRenderer.Render(Checked, ReplyMode.Editable));

        var summary = Assert.Single(Flatten(card.Body).OfType<TextBlock>(), t => t.Text.StartsWith("Review cycle", StringComparison.Ordinal));
        Assert.Equal("Review cycle FY2027 goals: 2027-01-01 to 2027-12-31, goals due 2027-01-31 \u00B7 1 of 5 goals ready \u00B7 4 to fix \u00B7 1 with hint", summary.Text);
    }

    [Fact]
    public void CanonWithoutCycle_CardSaysOnceThatDatesAreNotChecked()
    {
        var frames = (GoalsReply.Frames)Checked;
        var reply = frames with { Sheet = frames.Sheet with { ReviewCycle = null } };

        var card = Assert.Single(AdaptiveCardRenderer.Render(reply, ReplyMode.Editable));

        var texts = Flatten(card.Body).OfType<TextBlock>().Select(t => t.Text).Concat(Flatten(card.Body).OfType<RichTextBlock>().Select(Text)).ToList();
        Assert.Single(texts, t => t.Contains("no review cycle", StringComparison.Ordinal));
        Assert.Contains("Hint: The canon declares no review cycle, so dates are not checked against one. \u00B7 1 of 5 goals ready \u00B7 4 to fix \u00B7 1 with hint", texts);
        Assert.DoesNotContain(texts, t => t.Contains("outside the review cycle", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ReplyMode.Private)]
    [InlineData(ReplyMode.Posted)]
    public void SharedOrReadOnlyCard_ShowsNoChecks(ReplyMode mode)
    {
        var cards = AdaptiveCardRenderer.Render(Checked, mode);

        var texts = cards.SelectMany(c => Flatten(c.Body)).OfType<RichTextBlock>().Select(Text)
            .Concat(cards.SelectMany(c => Flatten(c.Body)).OfType<TextBlock>().Select(t => t.Text)).ToList();
        Assert.NotEmpty(texts);
        Assert.DoesNotContain(texts, CheckLineText.IsCheckLine);
    }

    private static Container GoalOf(AdaptiveCard card, string itemKey) =>
        Flatten(card.Body).OfType<Container>().Single(c => c.Items.OfType<ColumnSet>().SelectMany(s => s.Columns).SelectMany(col => col.Items).Any(i => i.Id?.StartsWith(itemKey + "#", StringComparison.Ordinal) == true));

    private static IEnumerable<RichTextBlock> CheckBlocks(Container goal) =>
        goal.Items.OfType<RichTextBlock>().Where(r => r.Inlines[0].Text is "To fix: " or "Hint: " || r.Inlines[0].Text.StartsWith('\u2713'));

    private static List<string> CheckLines(Container goal) => [.. CheckBlocks(goal).Select(Text)];

    private static string Text(RichTextBlock block) => string.Concat(block.Inlines.Select(r => r.Text));

    private static IEnumerable<CardElement> Flatten(IEnumerable<CardElement> elements) => elements.SelectMany(e => e switch
    {
        Container c => Flatten(c.Items).Prepend(e),
        ColumnSet s => Flatten(s.Columns.SelectMany(col => col.Items)).Prepend(e),
        _ => [e],
    });
}
