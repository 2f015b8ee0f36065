using GoalFrames.Canon;
using GoalFrames.Engine;
using GoalFrames.Engine.Drafts;
using GoalFrames.Engine.Sheets;

namespace GoalFrames.Rendering.Exports;

/// <summary>
/// The sheet a saved draft stands for: its framework with the manager's values in place, built from the canon text the
/// draft was saved with (a growth draft, kept under its pair id, shows today's canon text, as it does in chat).
/// </summary>
internal static class DraftSheet
{
    /// <summary>The sheet, or null when the canon no longer has the draft's profile.</summary>
    public static GoalSheet? Build(FrameEngine engine, ICanon canon, Draft draft, DriftReport drift) =>
        canon.FindProfile(draft.Content.ProfileId) is { } current
            ? engine.Build(canon, DraftDrift.AsSaved(current, drift), [draft.Content.Framework], draft.Content.ToGoalValues())
            : engine.BuildGrowth(canon, draft.Content.ProfileId, draft.Content.ToGoalValues());
}
