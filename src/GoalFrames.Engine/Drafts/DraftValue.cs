namespace GoalFrames.Engine.Drafts;

/// <summary>One value the manager typed into one blank of a draft.</summary>
/// <param name="ItemKey">The goal item key, e.g. <c>smart/dept-head</c>.</param>
/// <param name="Slot">The slot, e.g. <c>target</c> or <c>kr1.date</c>.</param>
/// <param name="Value">The manager's words, as given.</param>
public sealed record DraftValue(string ItemKey, string Slot, string Value);
