using System.Text;

namespace GoalFrames.Rendering.Exports;

/// <summary>
/// RFC 4180 CSV: CRLF line ends, and a cell with a comma, quote, CR or LF is quoted with its quotes doubled. A cell that
/// a spreadsheet would read as a formula (it starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR) gets a
/// leading <c>'</c>, because canon and user text are untrusted there.
/// </summary>
internal static class Csv
{
    public const string LineEnd = "\r\n";

    public static void AppendRow(StringBuilder csv, IEnumerable<string> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                csv.Append(',');
            }

            first = false;
            AppendCell(csv, cell);
        }

        csv.Append(LineEnd);
    }

    public static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static void AppendCell(StringBuilder csv, string text)
    {
        var cell = Neutralise(text);
        if (cell.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            csv.Append(cell);
            return;
        }

        csv.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
