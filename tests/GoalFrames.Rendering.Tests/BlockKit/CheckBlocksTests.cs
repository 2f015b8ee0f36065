using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Rendering.BlockKit;
using GoalFrames.Rendering.Tests.Chat;

namespace GoalFrames.Rendering.Tests.BlockKit;

/// <summary>What a manager sees of the completeness checks in their own Slack DM, and that shared messages show none.</summary>
public sealed class CheckBlocksTests
{
    private static readonly GoalsReply Checked = ChatReplyCases.Reply(ChatReplyCases.Named("clinops-m5-okr-checked"));

    [Fact]
    public void EditableMessage_ListsEachGoalsChecksUnderIt()
    {
        var blocks = BlockKitRenderer.Render(Checked, ReplyMode.Editable).SelectMany(m => m.Blocks).ToList();

        Assert.Equal(
            "To fix: Write \u27E8date\u27E9 as yyyy-MM-dd (e.g. 2027-03-31); other date formats cannot be checked.\n"
            + "To fix: \u27E8target\u27E9 is the same as \u27E8baseline\u27E9: the goal would change nothing.\n"
            + "Hint: Is \u27E8target\u27E9 measurable? It states no number, percentage, amount or date.",
            ChecksOf(blocks, "okr/dept-head"));
        Assert.Equal("\u2713 Ready: nothing left to fix.", ChecksOf(blocks, "okr/program-operations"));
        Assert.Equal("To fix: Fill in \u27E8target\u27E9, \u27E8date\u27E9.\nTo fix: \u27E8date\u27E9 falls outside the review cycle.", ChecksOf(blocks, "okr/vendor-lead"));
    }

    [Fact]
    public void EditableMessage_SaysTheCycleAndTheRollUpOnceUnderTheCount()
    {
        var blocks = BlockKitRenderer.Render(Checked, ReplyMode.Editable).SelectMany(m => m.Blocks).ToList();

        var summary = Assert.Single(blocks.OfType<ContextBlock>(), c => c.Elements[0].Text.StartsWith("Review cycle", StringComparison.Ordinal));
        Assert.Equal("Review cycle FY2027 goals: 2027-01-01 to 2027-12-31, goals due 2027-01-31 \u00B7 1 of 5 goals ready \u00B7 4 to fix \u00B7 1 with hint", summary.Elements[0].Text);
        Assert.Equal(TextObject.PlainText, summary.Elements[0].Type);
        Assert.IsType<SectionBlock>(blocks[blocks.IndexOf(summary) - 1]);
    }

    [Theory]
    [InlineData(ReplyMode.Private)]
    [InlineData(ReplyMode.Posted)]
    public void SharedOrReadOnlyMessage_ShowsNoChecks(ReplyMode mode)
    {
        var texts = BlockKitRenderer.Render(Checked, mode).SelectMany(m => m.Blocks).OfType<ContextBlock>().SelectMany(c => c.Elements).Select(e => e.Text).ToList();

        Assert.NotEmpty(texts);
        Assert.DoesNotContain(texts, CheckLineText.IsCheckLine);
    }

    /// <summary>The text of the context block that follows a goal's blocks: the first context after its Edit button that is not its source.</summary>
    private static string ChecksOf(List<Block> blocks, string itemKey)
    {
        var at = blocks.FindIndex(b => b is SectionBlock { Accessory: ButtonElement button }
            && ActionPayloads.Parse(button.Value) is ActionReadResult.Accepted { Action: GoalsAction.EditGoal edit } && edit.ItemKey == itemKey);
        var context = blocks.Skip(at + 1).OfType<ContextBlock>().First(c => !c.Elements[0].Text.StartsWith("source", StringComparison.OrdinalIgnoreCase));
        return string.Concat(context.Elements.Select(e => e.Text));
    }
}
