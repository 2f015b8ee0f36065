namespace GoalFrames.CanonTools.Sheets;

/// <summary>One row: its cells by column (0-based), null where empty.</summary>
/// <param name="Location">Where the row starts, for messages about the whole row.</param>
/// <param name="Cells">The cells.</param>
public sealed record SheetRow(string Location, IReadOnlyList<SheetCell?> Cells)
{
    /// <summary>The cell in a column, or null.</summary>
    public SheetCell? this[int column] => column >= 0 && column < Cells.Count ? Cells[column] : null;

    /// <summary>True when every cell is empty.</summary>
    public bool IsBlank => Cells.All(c => c is null || c.Value.Length == 0);
}
