using GoalFrames.Engine.Drafts;

namespace GoalFrames.Engine.Conversation;

/// <summary>A blank the manager changed on an out-of-date surface that someone else had changed meanwhile: not saved.</summary>
/// <param name="Typed">What the manager typed (not saved).</param>
/// <param name="Saved">What the draft holds now (kept).</param>
public sealed record SlotConflict(DraftValue Typed, string Saved);
