using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Rendering.Chat;

namespace GoalFrames.Rendering.BlockKit;

/// <summary>One or more frameworks of a profile; when editable, each goal has an Edit button that opens a dialog.</summary>
internal static class FramesBlocks
{
    public static MessagePlan Plan(GoalsReply.Frames frames, ReplyMode mode)
    {
        var sheet = frames.Sheet;
        var kind = ChatWords.KindOf(frames.Kinds);
        var editable = mode == ReplyMode.Editable;
        List<IReadOnlyList<Block>> units = [[.. BlockParts.Context(sheet.Promise.Text)]];
        if (editable)
        {
            units.Add([BlockParts.Words("*" + ChatWords.Completeness(sheet) + "*")]);
        }

        foreach (var section in sheet.Sections)
        {
            var headings = new List<Block>(SheetBlocks.SectionHeading(section));
            foreach (var group in section.Groups)
            {
                if (group.Heading is not null)
                {
                    headings.AddRange(BlockParts.Heading(group.Heading.Text));
                }

                foreach (var item in group.Items)
                {
                    var edit = editable ? new ChatButton("Edit", new GoalsAction.EditGoal(sheet.Profile.Id, kind, item.Key)) : null;
                    units.Add([.. headings, .. SheetBlocks.Item(section.Kind, item, edit)]);
                    headings = [];
                }
            }
        }

        if (SheetBlocks.Ledger(sheet) is { } ledger)
        {
            units.Add(ledger);
        }

        var rows = FrameButtons.AtEnd(frames, mode);
        var buttons = editable ? rows.Append([FrameButtons.Reset(frames)]) : rows;
        return new MessagePlan(SheetBlocks.Header(sheet), units, [new DividerBlock(), .. buttons.SelectMany(BlockParts.Buttons)], SheetBlocks.Text(sheet));
    }
}
