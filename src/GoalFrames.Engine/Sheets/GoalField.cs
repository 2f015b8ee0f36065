using GoalFrames.Engine.Pieces;

namespace GoalFrames.Engine.Sheets;

/// <summary>One labelled line of a goal item, e.g. <c>Specific: Deliver: "…"</c>.</summary>
/// <param name="Kind">Which field.</param>
/// <param name="Label">The label, from the catalogue.</param>
/// <param name="Content">The line.</param>
/// <param name="Source">The citation of a quoting line (growth From and To lines), or null.</param>
public sealed record GoalField(FieldKind Kind, Line Label, Line Content, Line? Source = null)
{
    /// <summary>The lines of the field: label, content and, when it has one, its citation.</summary>
    public IEnumerable<Line> Lines => Source is null ? [Label, Content] : [Label, Content, Source];
}
