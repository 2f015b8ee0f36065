using GoalFrames.Engine;
using GoalFrames.Engine.Drafts;
using GoalFrames.Rendering.Chat;
using GoalFrames.Rendering.Drift;

namespace GoalFrames.Rendering.BlockKit;

/// <summary>The blocks that mark a draft's canon drift: a notice, the current text under each reworded goal, and the removed goals.</summary>
internal static class DriftBlocks
{
    public static IReadOnlyList<Block>? Notice(IReadOnlyList<DriftReport> drift) => DriftNotes.Any(drift)
        ? [BlockParts.Words("*" + Mrkdwn.Escape(DriftNotes.Heading) + "*"), .. BlockParts.Context(DriftNotes.Intro)]
        : null;

    /// <summary>The canon's current text under a reworded goal, with a button that takes it when the draft is editable.</summary>
    public static IEnumerable<Block> Changed(DriftReport report, RowDrift.Changed changed, bool editable, FrameKind? shown) =>
        WithButton(DriftNotes.ChangedLine(changed), editable ? DriftNotes.UseCurrentText(report, changed.Row, shown) : null);

    public static IReadOnlyList<Block>? Removed(IReadOnlyList<DriftReport> drift, bool editable, FrameKind? shown)
    {
        var removed = DriftNotes.Removed(drift).ToList();
        return removed.Count == 0
            ? null
            :
            [
                new DividerBlock(),
                BlockParts.Words("*" + Mrkdwn.Escape(DriftNotes.RemovedHeading) + "*"),
                .. BlockParts.Context(DriftNotes.RemovedIntro),
                .. removed.SelectMany(r => WithButton(DriftNotes.RemovedLine(r.Report, r.Row), editable ? DriftNotes.RemoveFromDraft(r.Report, r.Row, shown) : null)),
            ];
    }

    private static List<SectionBlock> WithButton(string text, ChatButton? button)
    {
        var sections = BlockParts.PlainSections(text).ToList();
        if (button is not null)
        {
            sections[0] = sections[0] with { Accessory = BlockParts.Button(button, 0) };
        }

        return sections;
    }
}
