using System.Globalization;
using Sylvan.Data.Csv;

namespace GoalFrames.CanonTools.Sheets;

/// <summary>
/// Reads a CSV file with a real CSV parser (quotes, embedded separators and line breaks), values verbatim. The separator
/// (comma, semicolon, tab) is detected. Locations are <c>file:line:column</c>, the column being the field's number.
/// </summary>
public static class CsvSheetReader
{
    /// <summary>Reads the file.</summary>
    /// <param name="path">The file.</param>
    public static SheetTable Read(string path)
    {
        var rows = new List<SheetRow>();
        var problems = new List<SheetMessage>();
        var line = 1;
        try
        {
            using var text = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
            using var reader = CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = false, MaxBufferSize = 1 << 24 });
            while (reader.Read())
            {
                var at = line;
                var cells = new SheetCell?[reader.RowFieldCount];
                for (var i = 0; i < cells.Length; i++)
                {
                    var value = reader.GetString(i);
                    cells[i] = value.Length == 0 ? null : new SheetCell(value, $"{path}:{Number(at)}:{Number(i + 1)}");
                    line += value.Count(c => c == '\n');
                }

                rows.Add(new SheetRow($"{path}:{Number(at)}", cells));
                line++;
            }
        }
        catch (CsvFormatException ex)
        {
            problems.Add(new SheetMessage($"{path}:{Number(line)}", "a quoted cell is not closed or has stray text after its closing quote, so the file cannot be read past here; put the whole cell in double quotes and double any quote inside it (" + ex.Message + ")"));
        }

        return new SheetTable(path, rows, problems, []);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
