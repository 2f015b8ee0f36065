using GoalFrames.Canon;

namespace GoalFrames.Engine.Drafts;

/// <summary>The canon row one goal item of a draft stands on, as it read when the draft was saved.</summary>
/// <param name="ItemKey">The goal item key, e.g. <c>smart/dept-head</c>.</param>
/// <param name="Ref">The canon address of the row.</param>
/// <param name="Text">The row's text at save time; a draft keeps it even after HR edits the canon.</param>
/// <param name="Slots">The item's placeholder slots (<c>baseline</c>, <c>kr2.date</c>, …), which completeness counts.</param>
public sealed record DraftRow(string ItemKey, CanonRef Ref, string Text, IReadOnlyList<string> Slots);
