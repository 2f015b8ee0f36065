using GoalFrames.Engine.Pieces;

namespace GoalFrames.Engine.Sheets;

/// <summary>One framework of a sheet: its heading, intro line and goals.</summary>
/// <param name="Kind">The framework.</param>
/// <param name="Heading">The heading, e.g. <c>SMART goals</c>.</param>
/// <param name="Intro">The fixed intro line.</param>
/// <param name="Groups">The goal groups (one, or one per scorecard perspective).</param>
public sealed record FrameSection(FrameKind Kind, Line Heading, Line Intro, IReadOnlyList<GoalGroup> Groups)
{
    /// <summary>Every item of the section.</summary>
    public IEnumerable<GoalItem> Items => Groups.SelectMany(g => g.Items);
}
