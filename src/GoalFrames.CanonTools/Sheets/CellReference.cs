using System.Globalization;
using System.Text;

namespace GoalFrames.CanonTools.Sheets;

/// <summary>Spreadsheet cell references: column letters ↔ 0-based indexes.</summary>
public static class CellReference
{
    /// <summary>The 0-based column of a reference such as <c>AB12</c>, and its 1-based row.</summary>
    /// <param name="reference">The reference.</param>
    public static (int Column, int Row) Parse(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        }

        var row = i < reference.Length ? int.Parse(reference.AsSpan(i), CultureInfo.InvariantCulture) : 0;
        return (column - 1, row);
    }

    /// <summary>The reference of a 0-based column and 1-based row (<c>B3</c>).</summary>
    /// <param name="column">The column.</param>
    /// <param name="row">The row.</param>
    public static string Of(int column, int row) => Letters(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>The letters of a 0-based column (<c>0</c> → <c>A</c>, <c>27</c> → <c>AB</c>).</summary>
    /// <param name="column">The column.</param>
    public static string Letters(int column)
    {
        var builder = new StringBuilder();
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            builder.Insert(0, (char)('A' + ((n - 1) % 26)));
        }

        return builder.ToString();
    }
}
