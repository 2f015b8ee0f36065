namespace GoalFrames.CanonTools.Sheets;

/// <summary>One non-empty cell's value, verbatim, and where it is (<c>file:sheet!B3</c> or <c>file:3:2</c>).</summary>
/// <param name="Value">The value as shown (a number's digits, a date as yyyy-MM-dd, a formula's saved result).</param>
/// <param name="Location">Where the cell is, in the spreadsheet's own terms.</param>
/// <param name="IsNumber">True when the cell holds a number rather than text.</param>
public sealed record SheetCell(string Value, string Location, bool IsNumber = false);
