using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Rendering.BlockKit;
using GoalFrames.Rendering.Tests.Chat;

namespace GoalFrames.Rendering.Tests.BlockKit;

public sealed class BlockKitRendererTests
{
    [Theory]
    [MemberData(nameof(ChatReplyCases.Names), MemberType = typeof(ChatReplyCases))]
    public void Render_EveryCommandReply_IsValidAndHasATextFallback(string name)
    {
        var replyCase = ChatReplyCases.Named(name);

        var messages = BlockKitRenderer.Render(ChatReplyCases.Reply(replyCase), replyCase.Mode);

        Assert.All(messages, m =>
        {
            Assert.Empty(BlockKitValidator.Validate(m));
            Assert.False(string.IsNullOrWhiteSpace(m.Text));
        });
    }

    [Fact]
    public void Render_PrivateSmart_HasSwitchCopyPostAndEditInDmButtonsThatReadBack()
    {
        var message = Assert.Single(BlockKitRenderer.Render(ChatReplyCases.Reply(ChatReplyCases.Named("clinops-m5-smart"))));

        var buttons = message.Blocks.OfType<ActionsBlock>().SelectMany(a => a.Elements).OfType<ButtonElement>().ToList();

        Assert.Equal(["OKRs", "MBO", "Scorecard", "All four", "Copy as text", "Post to channel", "Edit in DM"], buttons.Select(b => b.Text.Text));
        var actions = buttons.Select(b => Assert.IsType<ActionReadResult.Accepted>(ActionPayloads.Parse(b.Value)).Action).ToList();
        Assert.Equal(new GoalsAction.SwitchFramework("CLINIC1.CLINICAL3CD6.M5", Engine.FrameKind.Okr), actions[0]);
        Assert.Equal(new GoalsAction.EditInDirectMessage("CLINIC1.CLINICAL3CD6.M5", Engine.FrameKind.Smart), actions[^1]);
        Assert.All(buttons, b => Assert.StartsWith("goals." + ((ActionReadResult.Accepted)ActionPayloads.Parse(b.Value)).Action.Name + ".", b.ActionId, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_EditableSmart_EachGoalHasAnEditButtonForItsRow()
    {
        var message = Assert.Single(BlockKitRenderer.Render(ChatReplyCases.Reply(ChatReplyCases.Named("clinops-m5-smart-editable")), ReplyMode.Editable));

        var edits = message.Blocks.OfType<SectionBlock>().Select(s => s.Accessory).OfType<ButtonElement>()
            .Select(b => Assert.IsType<GoalsAction.EditGoal>(Assert.IsType<ActionReadResult.Accepted>(ActionPayloads.Parse(b.Value)).Action).ItemKey);

        Assert.Equal(["smart/dept-head", "smart/program-operations", "smart/vendor-lead", "smart/program-budget", "smart/talent-network"], edits);
        Assert.Contains(message.Blocks, b => b is SectionBlock { Text.Text: "*4 of 15 blanks filled*" });
    }

    [Fact]
    public void Render_CanonAndUserText_GoIntoPlainTextAsTyped()
    {
        var message = Assert.Single(BlockKitRenderer.Render(ChatReplyCases.Reply(ChatReplyCases.Named("clinops-m5-smart-editable")), ReplyMode.Editable));

        var line = message.Blocks.OfType<SectionBlock>().Select(s => s.Text!).Single(t => t.Text.Contains("*90%*", StringComparison.Ordinal));

        Assert.Equal(TextObject.PlainText, line.Type);
        Assert.Contains("to *90%* <on time> & _under_ budget by 2027-06-30.", line.Text, StringComparison.Ordinal);
        Assert.All(message.Blocks.OfType<SectionBlock>().Where(s => s.Text?.Type == TextObject.MrkdwnText), s => Assert.DoesNotContain("Clinical", s.Text!.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_TextReply_IsACodeBlockWithOnlyAmpersandAndAngleBracketsEscaped()
    {
        var messages = BlockKitRenderer.Render(ChatReplyCases.Reply(ChatReplyCases.Named("clinops-m5-smart-text")));

        var code = string.Concat(messages.SelectMany(m => m.Blocks).OfType<SectionBlock>().Select(s => s.Text!.Text).Where(t => t.StartsWith("```", StringComparison.Ordinal)));

        Assert.Contains("from 62% of studies on time to *90%* &lt;on time&gt; &amp; _under_ budget by 2027-06-30.", code, StringComparison.Ordinal);
        Assert.Contains("   Specific:    Deliver: \"Serves as department head", code, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SheetLongerThanOneMessage_ContinuesInFollowUpsWithNothingCut()
    {
        using var canon = new LargeCanon(rows: 12);

        var messages = BlockKitRenderer.Render(canon.Respond("goals big M5 all"), ReplyMode.Editable);

        Assert.True(messages.Count > 3, $"{messages.Count} messages");
        Assert.All(messages, m => Assert.Empty(BlockKitValidator.Validate(m)));
        Assert.All(messages, m => Assert.InRange(m.Blocks.Count, 1, BlockKitLimits.MessageBlocks));
        var text = string.Concat(messages.SelectMany(m => m.Blocks).OfType<SectionBlock>().Select(s => s.Text?.Text ?? string.Empty));
        Assert.All(canon.Rows, row => Assert.Contains("Deliver: \"" + row + "\"", text, StringComparison.Ordinal));
        Assert.EndsWith($"(part 2 of {messages.Count})", messages[1].Text, StringComparison.Ordinal);
        Assert.Equal($"Part 2 of {messages.Count} (continued)", Assert.IsType<ContextBlock>(messages[1].Blocks[0]).Elements[0].Text);
        Assert.Contains(messages[^1].Blocks.OfType<ActionsBlock>().SelectMany(a => a.Elements), e => e is ButtonElement { Text.Text: "Reset" });
    }

    [Fact]
    public void Render_TextReplyOfALongSheet_JoinsBackToTheExactText()
    {
        using var canon = new LargeCanon(rows: 6);
        var reply = (GoalsReply.Frames)canon.Respond("goals big M5 smart text");

        var messages = BlockKitRenderer.Render(reply);

        var code = string.Concat(messages.SelectMany(m => m.Blocks).OfType<SectionBlock>().Select(s => s.Text!.Text).Where(t => t.StartsWith("```", StringComparison.Ordinal)).Select(t => t[3..^3]));
        Assert.Equal(Mrkdwn.Escape(PlainText.TextSheetRenderer.RenderSection(reply.Sheet.Sections[0])), code);
    }

    [Fact]
    public void RenderEditModal_Row_HasAnInputPerBlankKeyedByInputIdAndSaveMetadata()
    {
        var modal = ChatReplyCases.EditModal();

        var inputs = modal.Blocks.OfType<InputBlock>().ToList();

        Assert.Equal(["smart/dept-head#baseline", "smart/dept-head#target", "smart/dept-head#date"], inputs.Select(i => i.BlockId));
        Assert.Equal("62% of studies on time", Assert.IsType<PlainTextInputElement>(inputs[0].Element).InitialValue);
        Assert.Equal("2027-06-30", Assert.IsType<DatePickerElement>(inputs[2].Element).InitialDate);
        var read = ActionPayloads.Parse(modal.PrivateMetadata, inputs.Select(i => new KeyValuePair<string, string>(i.BlockId!, "2027-12-31")));
        var save = Assert.IsType<GoalsAction.Save>(Assert.IsType<ActionReadResult.Accepted>(read).Action);
        Assert.Equal(3, save.Values.Count);
        Assert.Empty(BlockKitValidator.Validate(modal));
    }

    [Fact]
    public void RenderEditModal_UnknownRow_Throws()
    {
        var frames = (GoalsReply.Frames)ChatReplyCases.Reply(ChatReplyCases.Named("clinops-m5-smart"));

        Assert.Throws<ArgumentException>(() => BlockKitRenderer.RenderEditModal(frames.Sheet, new GoalsAction.EditGoal(frames.Sheet.Profile.Id, null, "smart/nope")));
    }

    [Theory]
    [InlineData("a & b < c > d", "a &amp; b &lt; c &gt; d")]
    [InlineData("*bold* _it_ ~s~ `code` <@U123> &amp;", "*bold* _it_ ~s~ `code` &lt;@U123&gt; &amp;amp;")]
    [InlineData("⟨target⟩ — ·", "⟨target⟩ — ·")]
    public void Escape_Text_EscapesOnlyAmpersandAndAngleBrackets(string text, string expected)
    {
        Assert.Equal(expected, Mrkdwn.Escape(text));
    }
}
