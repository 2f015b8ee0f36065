using GoalFrames.Engine.Pieces;

namespace GoalFrames.Engine.Sheets;

/// <summary>One labelled line of a goal item, e.g. <c>Specific: Deliver: "…"</c>.</summary>
/// <param name="Kind">Which field.</param>
/// <param name="Label">The label, from the catalogue.</param>
/// <param name="Content">The line.</param>
public sealed record GoalField(FieldKind Kind, Line Label, Line Content);
