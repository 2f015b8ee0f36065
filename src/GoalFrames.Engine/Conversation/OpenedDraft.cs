using GoalFrames.Engine.Drafts;
using GoalFrames.Engine.Sheets;

namespace GoalFrames.Engine.Conversation;

/// <summary>An owner's draft of one framework, ready to show or edit.</summary>
/// <param name="Sheet">The sheet of that framework with the saved values, in the wording the draft was saved with.</param>
/// <param name="Draft">The saved draft, or null when nothing was saved yet.</param>
/// <param name="Drift">How the draft compares with the current canon, or null when nothing was saved yet.</param>
public sealed record OpenedDraft(GoalSheet Sheet, Draft? Draft, DriftReport? Drift);
