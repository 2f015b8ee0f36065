using GoalFrames.Engine.Checks;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Rendering.Chat;
using GoalFrames.Rendering.Drift;

namespace GoalFrames.Rendering.BlockKit;

/// <summary>
/// One or more frameworks of a profile; when editable, each goal has an Edit button that opens a dialog. For a
/// manager's drafts, goals HR has reworded since show the canon's current text, and removed goals are listed.
/// </summary>
internal static class FramesBlocks
{
    public static MessagePlan Plan(GoalsReply.Frames frames, ReplyMode mode)
    {
        var sheet = frames.Sheet;
        var kind = ChatWords.KindOf(frames.Kinds);
        var editable = mode == ReplyMode.Editable;
        var checks = editable ? GoalChecker.Check(sheet) : null;
        List<IReadOnlyList<Block>> units = [[.. BlockParts.Context(sheet.Promise.Text)]];
        if (mode is ReplyMode.Private or ReplyMode.Editable && frames.About is { } about)
        {
            units.Add([BlockParts.Words("*" + Mrkdwn.Escape(ChatWords.GoalsFor(about)) + "*"), .. editable ? BlockParts.Context(ChatWords.SentStatus(about, frames.Sent)) : []]);
        }

        if (editable)
        {
            units.Add([BlockParts.Words("*" + ChatWords.Completeness(sheet) + "*"), .. BlockParts.Context(CheckWords.Summary(checks!))]);
        }

        if (frames.Notice is { } said)
        {
            units.Add([.. BlockParts.Notice(said)]);
        }

        if (DriftBlocks.Notice(frames.Drift) is { } notice)
        {
            units.Add(notice);
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
                    var edit = editable ? new ChatButton("Edit", new GoalsAction.EditGoal(sheet.Profile.Id, kind, item.Key) { About = frames.About }) : null;
                    var drift = DriftNotes.ChangeOf(frames.Drift, item) is { } change ? DriftBlocks.Changed(change.Report, change.Change, editable, kind) : [];
                    units.Add([.. headings, .. SheetBlocks.Item(section.Kind, item, edit), .. SheetBlocks.Checks(checks?.For(item.Key)), .. drift]);
                    headings = [];
                }
            }
        }

        if (DriftBlocks.Removed(frames.Drift, editable, kind) is { } removed)
        {
            units.Add(removed);
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
