namespace GoalFrames.Rendering.Exports.Team;

/// <summary>One labelled line of an exported goal, e.g. <c>Measurable</c>: <c>Move the metric … from 2 to 4 by 2027-06-30.</c></summary>
/// <param name="Label">The label, as the sheet shows it.</param>
/// <param name="Text">The line: canon text and the manager's values, with any unfilled placeholder left visible (<c>⟨target⟩</c>).</param>
public sealed record ExportedLine(string Label, string Text);
