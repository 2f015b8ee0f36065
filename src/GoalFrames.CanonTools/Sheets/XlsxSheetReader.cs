using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace GoalFrames.CanonTools.Sheets;

/// <summary>
/// Reads one sheet of an <c>.xlsx</c> workbook with the Open XML SDK. Excel's artefacts are handled and reported:
/// shared strings and rich-text runs are read as their plain text, numbers are read as shown and flagged where text was
/// expected, dates become yyyy-MM-dd with a warning, a formula gives its saved result with a warning, merged cells fill
/// their whole range with a warning, and hidden sheets are skipped with a warning.
/// </summary>
public static class XlsxSheetReader
{
    /// <summary>Reads the named sheet, or the first visible one.</summary>
    /// <param name="path">The workbook.</param>
    /// <param name="sheetName">The sheet to read, or null for the first visible sheet.</param>
    public static SheetTable Read(string path, string? sheetName = null)
    {
        var problems = new List<SheetMessage>();
        var warnings = new List<SheetMessage>();
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(path, isEditable: false);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException)
        {
            problems.Add(new SheetMessage(path, "this is not an Excel workbook (.xlsx) that can be opened: " + ex.Message));
            return new SheetTable(path, [], problems, warnings);
        }

        using (document)
        {
            var workbook = document.WorkbookPart;
            var sheets = workbook?.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
            foreach (var hidden in sheets.Where(IsHidden))
            {
                warnings.Add(new SheetMessage($"{path}:{hidden.Name}", "this sheet is hidden, so it was not read; unhide it and name it in the mapping file if it holds canon rows"));
            }

            var sheet = sheetName is null
                ? sheets.FirstOrDefault(s => !IsHidden(s))
                : sheets.FirstOrDefault(s => string.Equals(s.Name?.Value, sheetName, StringComparison.OrdinalIgnoreCase));
            if (workbook is null || sheet?.Id?.Value is not { } id)
            {
                problems.Add(new SheetMessage(path, sheetName is null
                    ? "the workbook has no visible sheet to read"
                    : $"the workbook has no sheet named '{sheetName}'; its sheets are {string.Join(", ", sheets.Select(s => s.Name?.Value))}"));
                return new SheetTable(path, [], problems, warnings);
            }

            if (sheetName is not null && IsHidden(sheet))
            {
                warnings.RemoveAll(w => w.Location == $"{path}:{sheet.Name}");
            }

            foreach (var other in sheets.Where(s => s != sheet && !IsHidden(s)))
            {
                warnings.Add(new SheetMessage($"{path}:{other.Name}", $"only the sheet '{sheet.Name}' was read; this one was left alone"));
            }

            var context = new CellContext(path, sheet.Name?.Value ?? "Sheet1", workbook, problems, warnings);
            var rows = ReadRows((WorksheetPart)workbook.GetPartById(id), context, out var merges);
            ApplyMerges(rows, merges, context);
            return new SheetTable(path, [.. rows.Select((cells, i) => new SheetRow(context.At(0, i + 1), cells))], problems, warnings);
        }
    }

    private static bool IsHidden(Sheet sheet) => sheet.State is { } state && state.Value != SheetStateValues.Visible;

    private static List<List<SheetCell?>> ReadRows(WorksheetPart part, CellContext context, out List<string> merges)
    {
        var rows = new List<List<SheetCell?>>();
        merges = [];
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Row) && reader.IsStartElement)
            {
                var row = (Row)reader.LoadCurrentElement()!;
                var number = (int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1));
                while (rows.Count < number)
                {
                    rows.Add([]);
                }

                var cells = rows[number - 1];
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = cell.CellReference?.Value is { } reference ? CellReference.Parse(reference).Column : cells.Count;
                    while (cells.Count <= column)
                    {
                        cells.Add(null);
                    }

                    cells[column] = context.Read(cell, column, number);
                }
            }
            else if (reader.ElementType == typeof(MergeCell) && reader.IsStartElement)
            {
                if (((MergeCell)reader.LoadCurrentElement()!).Reference?.Value is { } range)
                {
                    merges.Add(range);
                }
            }
        }

        return rows;
    }

    private static void ApplyMerges(List<List<SheetCell?>> rows, List<string> merges, CellContext context)
    {
        foreach (var range in merges)
        {
            var ends = range.Split(':');
            var (firstColumn, firstRow) = CellReference.Parse(ends[0]);
            var (lastColumn, lastRow) = CellReference.Parse(ends[^1]);
            var source = firstRow - 1 < rows.Count && firstColumn < rows[firstRow - 1].Count ? rows[firstRow - 1][firstColumn] : null;
            if (source is null)
            {
                continue;
            }

            for (var r = firstRow; r <= lastRow && r <= rows.Count; r++)
            {
                var cells = rows[r - 1];
                for (var c = firstColumn; c <= lastColumn; c++)
                {
                    while (cells.Count <= c)
                    {
                        cells.Add(null);
                    }

                    cells[c] ??= source with { Location = context.At(c, r) };
                }
            }

            context.Warn(firstColumn, firstRow, $"cells {range} are merged; every cell of the range was read as '{source.Value}'");
        }
    }
}
