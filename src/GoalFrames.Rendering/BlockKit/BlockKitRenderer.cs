using System.Text.Encodings.Web;
using System.Text.Json;
using GoalFrames.Engine.Conversation;
using GoalFrames.Rendering.Chat;
using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Engine.Sheets;

namespace GoalFrames.Rendering.BlockKit;

/// <summary>
/// Renders every <see cref="GoalsReply"/> as Slack Block Kit messages, and the dialog that edits one goal. Canon text
/// and the manager's values go into plain_text; GoalFrames' own mrkdwn escapes only &amp; &lt; &gt;. A reply longer
/// than one message continues in follow-up messages, and <see cref="BlockKitValidator"/> checks every payload returned: one
/// that would still break a limit is replaced by <see cref="TooLong"/>, so rendering never throws.
/// </summary>
public static class BlockKitRenderer
{
    private static readonly BlockKitJsonContext Indented = new(new JsonSerializerOptions(BlockKitJsonContext.Default.Options)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The messages for a reply, in order; usually one.</summary>
    /// <param name="reply">The reply (not <see cref="GoalsReply.Drafts"/>, which the draft store answers).</param>
    /// <param name="mode">Where the reply is shown; decides the buttons and whether goals have Edit buttons.</param>
    public static IReadOnlyList<BlockKitMessage> Render(GoalsReply reply, ReplyMode mode = ReplyMode.Private)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var plan = reply switch
        {
            GoalsReply.Help help => HelpBlocks.Plan(help),
            GoalsReply.FamilyList list => FamilyListBlocks.Plan(list),
            GoalsReply.FocusLevels levels => FocusLevelsBlocks.Plan(levels),
            GoalsReply.ProfileOverview overview => OverviewBlocks.Plan(overview),
            GoalsReply.Frames { AsText: true } frames => SheetTextBlocks.Plan(frames),
            GoalsReply.Frames frames => FramesBlocks.Plan(frames, mode),
            GoalsReply.NotFound notFound => NotFoundBlocks.Plan(notFound),
            GoalsReply.Invalid invalid => InvalidBlocks.Plan(invalid),
            GoalsReply.Drafts => throw new ArgumentException("draft replies ('goals mine', 'goals forget') are answered from the draft store", nameof(reply)),
            _ => throw new ArgumentOutOfRangeException(nameof(reply), reply, null),
        };
        var messages = MessagePacker.Pack(plan);
        return messages.All(m => BlockKitValidator.Validate(m).Count == 0) ? messages : [TooLong];
    }

    /// <summary>
    /// Words with buttons under them (<c>goals mine</c>, <c>goals team</c>), one plain-text section per line group and
    /// the buttons in rows; a long answer continues in follow-up messages.
    /// </summary>
    /// <param name="words">The words and their buttons.</param>
    public static IReadOnlyList<BlockKitMessage> RenderWords(ReplyNotice words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var plan = new MessagePlan([], [.. words.Text.Split('\n').Select(line => (IReadOnlyList<Block>)[.. BlockParts.PlainSections(line)])], [.. BlockParts.Buttons(FrameButtons.Of(words))], words.Text.Split('\n')[0]);
        var messages = MessagePacker.Pack(plan);
        return messages.All(m => BlockKitValidator.Validate(m).Count == 0) ? messages : [TooLong];
    }

    /// <summary>What is sent instead of a reply that would break Slack's limits: a short answer, never an exception.</summary>
    public static BlockKitMessage TooLong { get; } = BlockKitValidator.EnsureValid(new BlockKitMessage(
        "That answer is too long to show in Slack.",
        [BlockParts.Words("That answer is too long to show in Slack. Try a shorter request: one framework (e.g. `goals clinops M5 smart`), or `goals help`.")]));

    /// <summary>The <c>callback_id</c> of the goal edit modal, so adapters recognise its submission.</summary>
    public const string EditModalCallbackId = EditGoalModal.CallbackId;

    /// <summary>The dialog that edits the blanks of one goal, pre-filled from the values the sheet was built with.</summary>
    /// <param name="sheet">The sheet, built with the draft's values.</param>
    /// <param name="edit">The Edit button's action.</param>
    public static ModalView RenderEditModal(GoalSheet sheet, GoalsAction.EditGoal edit)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(edit);
        return BlockKitValidator.EnsureValid(EditGoalModal.Of(sheet, edit));
    }

    /// <summary>A message as indented JSON, characters outside ASCII written as themselves.</summary>
    /// <param name="message">The message.</param>
    public static string Serialize(BlockKitMessage message) => JsonSerializer.Serialize(message, Indented.BlockKitMessage);

    /// <summary>Messages as an indented JSON array.</summary>
    /// <param name="messages">The messages.</param>
    public static string Serialize(IReadOnlyList<BlockKitMessage> messages) => JsonSerializer.Serialize(messages, Indented.IReadOnlyListBlockKitMessage);

    /// <summary>A modal as indented JSON.</summary>
    /// <param name="view">The modal.</param>
    public static string Serialize(ModalView view) => JsonSerializer.Serialize(view, Indented.ModalView);
}
