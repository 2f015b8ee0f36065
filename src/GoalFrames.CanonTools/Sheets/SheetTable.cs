namespace GoalFrames.CanonTools.Sheets;

/// <summary>The rows of the sheet that was read, with what reading it found.</summary>
/// <param name="Source">The file as the user named it.</param>
/// <param name="Rows">Every row from the first (the header row), blank rows included.</param>
/// <param name="Problems">What makes the sheet unreadable where it occurs.</param>
/// <param name="Warnings">What was read but should be checked (formulas, dates, merged cells, hidden sheets…).</param>
public sealed record SheetTable(string Source, IReadOnlyList<SheetRow> Rows, IReadOnlyList<SheetMessage> Problems, IReadOnlyList<SheetMessage> Warnings);
