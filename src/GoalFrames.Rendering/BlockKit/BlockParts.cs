using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Rendering.Chat;

namespace GoalFrames.Rendering.BlockKit;

/// <summary>
/// Builds blocks within Slack's limits without cutting text: long text continues in the next block. Canon text and
/// the manager's values always go into plain_text, which Slack shows as given.
/// </summary>
internal static class BlockParts
{
    /// <summary>The prefix of every GoalFrames action_id: <c>goals.&lt;action&gt;.&lt;n&gt;</c>.</summary>
    public const string ActionIdPrefix = "goals.";

    public static IEnumerable<Block> Heading(string text) => text.Length <= BlockKitLimits.HeaderText
        ? [new HeaderBlock(TextObject.Plain(text))]
        : PlainSections(text);

    public static IEnumerable<SectionBlock> PlainSections(string text) =>
        Chunks(text, BlockKitLimits.Text).Select(chunk => new SectionBlock { Text = TextObject.Plain(chunk) });

    public static SectionBlock Words(string mrkdwn) => new() { Text = TextObject.Markdown(mrkdwn) };

    /// <summary>A code block of text, in as many sections as its escaped length needs.</summary>
    public static IEnumerable<SectionBlock> Code(string text) =>
        SheetText.Chunks(text, BlockKitLimits.Text, s => Mrkdwn.Escape(s).Length + 6)
            .Select(chunk => Words("```" + Mrkdwn.Escape(chunk) + "```"));

    public static IEnumerable<ContextBlock> Context(string text) =>
        Chunks(text, BlockKitLimits.Text).Chunk(BlockKitLimits.ContextElements).Select(c => new ContextBlock([.. c.Select(TextObject.Plain)]));

    public static IEnumerable<Block> Buttons(IEnumerable<ChatButton> buttons) =>
        buttons.Chunk(BlockKitLimits.ActionElements).Select(row => new ActionsBlock([.. row.Select(Button)]));

    public static ButtonElement Button(ChatButton button, int index) => new(TextObject.Plain(Label(button.Title)), ActionIdPrefix + button.Action.Name + "." + index)
    {
        // Slack asks for confirmation itself, so the button carries the action as confirmed.
        Value = ActionPayloads.Serialize(button.Confirm?.Confirmed ?? button.Action),
        Confirm = button.Confirm is { } confirm
            ? new ConfirmationDialog(TextObject.Plain(Label(button.Title) + "?"), TextObject.Plain(confirm.Question), TextObject.Plain("Yes, clear them"), TextObject.Plain("Keep them")) { Style = "danger" }
            : null,
        Style = button.Style switch
        {
            ChatButtonStyle.Primary => "primary",
            ChatButtonStyle.Danger => "danger",
            _ => null,
        },
    };

    /// <summary>
    /// A notice at the top of a reply, with its buttons; a button whose data would pass Slack's limit is left out and
    /// the notice says so (the values it would carry are the person's own and are never cut).
    /// </summary>
    public static IEnumerable<Block> Notice(ReplyNotice notice)
    {
        var buttons = FrameButtons.Of(notice);
        var fitting = buttons.Where(b => ActionPayloads.Serialize(b.Action).Length <= BlockKitLimits.ButtonValue).ToList();
        var text = fitting.Count == buttons.Count ? notice.Text : notice.Text + "\n(Undo is not offered here: too many values to carry. Use Copy as text before a reset.)";
        IEnumerable<Block> input = notice.Input is { } asked
            ? [new InputBlock(TextObject.Plain(asked.Label), new PlainTextInputElement(asked.Id) { Multiline = true, MaxLength = GoalInputs.MaxValueLength }) { BlockId = asked.Id, Optional = true }]
            : [];
        return [.. PlainSections(text), .. input, .. Buttons(fitting)];
    }

    /// <summary>A button label of at most 75 characters; a longer one ends with a visible ellipsis.</summary>
    public static string Label(string title) =>
        title.Length <= BlockKitLimits.ButtonText ? title : title[..(BlockKitLimits.ButtonText - 1)].TrimEnd() + "\u2026";

    public static IReadOnlyList<string> Chunks(string text, int limit) => SheetText.Chunks(text, limit, s => s.Length);
}
