using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Engine.Pieces;
using GoalFrames.Engine.Sheets;
using GoalFrames.Rendering.Chat;

namespace GoalFrames.Rendering.BlockKit;

/// <summary>
/// The dialog that edits one goal's blanks: the goal as it reads now, then a text input per baseline and target and a
/// date picker per date, pre-filled from the draft. Each input's block_id is its <see cref="GoalInputs.Id"/> and its
/// action_id is <see cref="ValueActionId"/>; private_metadata carries the <see cref="GoalsAction.Save"/> payload.
/// </summary>
internal static class EditGoalModal
{
    public const string ValueActionId = "value";
    public const string CallbackId = "goals.save";

    /// <summary>The dialog's title: "Goal for Ana" when the goal is about someone, within Slack's 24 characters.</summary>
    private static string Title(GoalsAction.EditGoal edit) => edit.About is { } about
        ? ($"Goal for {about.Name}" is var title && title.Length <= 24 ? title : title[..23] + "\u2026")
        : "Edit goal";

    public static ModalView Of(GoalSheet sheet, GoalsAction.EditGoal edit)
    {
        var (kind, item) = sheet.Sections.SelectMany(s => s.Items.Select(i => (s.Kind, Item: i))).FirstOrDefault(x => x.Item.Key == edit.ItemKey);
        if (item is null)
        {
            throw new ArgumentException($"the sheet of {sheet.Profile.Id} has no goal '{edit.ItemKey}'", nameof(edit));
        }

        var values = item.Fields.SelectMany(f => f.Content.Pieces).OfType<UserValuePiece>().GroupBy(v => v.Slot).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        var save = new GoalsAction.Save(sheet.Profile.Id, edit.Kind, sheet.CanonFingerprint, []) { About = edit.About };
        return new ModalView(TextObject.Plain(Title(edit)), [.. SheetBlocks.Item(kind, item, edit: null), new DividerBlock(), .. item.Slots.Select(s => Input(item.Key, s.Kind, s.Slot, values.GetValueOrDefault(s.Slot)))])
        {
            Submit = TextObject.Plain("Save"),
            Close = TextObject.Plain("Cancel"),
            CallbackId = CallbackId,
            PrivateMetadata = ActionPayloads.Serialize(save),
        };
    }

    private static InputBlock Input(string itemKey, PlaceholderKind kind, string slot, string? value)
    {
        BlockElement element = kind == PlaceholderKind.Date && (value is null || GoalInputs.IsDate(value))
            ? new DatePickerElement(ValueActionId) { InitialDate = value, Placeholder = TextObject.Plain(kind.Marker()) }
            : new PlainTextInputElement(ValueActionId) { InitialValue = value, Placeholder = TextObject.Plain(kind.Marker()), MaxLength = GoalInputs.MaxValueLength };
        return new InputBlock(TextObject.Plain(ChatWords.SlotLabel(slot)), element) { BlockId = GoalInputs.Id(itemKey, slot), Optional = true };
    }
}
