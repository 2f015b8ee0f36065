using GoalFrames.Engine.Drafts;
using GoalFrames.Engine.Sheets;

namespace GoalFrames.Rendering.Exports.Team;

/// <summary>One draft about a person, ready to export: its sheet (the canon text it was saved with, and the values) and its goals.</summary>
/// <param name="Draft">The draft.</param>
/// <param name="Sheet">The draft's framework as a sheet.</param>
/// <param name="Drift">How the draft's rows compare with today's canon.</param>
/// <param name="Goals">Its goals, in sheet order.</param>
public sealed record ExportedDraft(Draft Draft, GoalSheet Sheet, DriftReport Drift, IReadOnlyList<ExportedGoal> Goals);
