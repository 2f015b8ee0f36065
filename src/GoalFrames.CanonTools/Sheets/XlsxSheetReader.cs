using System.Globalization;
using System.Xml;
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

    /// <summary>
    /// Streams the sheet part's XML with <see cref="XmlReader"/>: the SDK opens the package and its parts, but its own
    /// element reader costs several times more on a 100,000-row sheet.
    /// </summary>
    private static List<List<SheetCell?>> ReadRows(WorksheetPart part, CellContext context, out List<string> merges)
    {
        var rows = new List<List<SheetCell?>>();
        merges = [];
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        List<SheetCell?> cells = [];
        var number = 0;
        var cell = default(PendingCell);
        var inCell = false;
        var inInline = false;
        var phonetic = false;
        while (!xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                switch (xml.LocalName)
                {
                    case "row":
                        number = xml.GetAttribute("r") is { } r ? int.Parse(r, CultureInfo.InvariantCulture) : number + 1;
                        while (rows.Count < number)
                        {
                            rows.Add([]);
                        }

                        cells = rows[number - 1];
                        break;
                    case "c":
                        var reference = xml.GetAttribute("r");
                        cell = new PendingCell(
                            reference is null ? cells.Count : CellReference.Parse(reference).Column,
                            xml.GetAttribute("t"),
                            xml.GetAttribute("s") is { } style ? int.Parse(style, CultureInfo.InvariantCulture) : 0);
                        inCell = !xml.IsEmptyElement;
                        break;
                    case "v" when inCell:
                        cell.Value = xml.ReadElementContentAsString();
                        continue;
                    case "f" when inCell:
                        var formula = xml.ReadElementContentAsString();
                        cell.Formula = formula.Length > 0 ? formula : "(a formula shared with the cells above)";
                        continue;
                    case "is" when inCell:
                        cell.Inline = new System.Text.StringBuilder();
                        inInline = true;
                        break;
                    case "r" when inInline:
                        cell.Runs++;
                        break;
                    case "rPh":
                        phonetic = !xml.IsEmptyElement;
                        break;
                    case "t" when inInline && !phonetic:
                        cell.Inline!.Append(xml.ReadElementContentAsString());
                        continue;
                    case "mergeCell":
                        if (xml.GetAttribute("ref") is { } range)
                        {
                            merges.Add(range);
                        }

                        break;
                }
            }
            else if (xml.NodeType == XmlNodeType.EndElement)
            {
                switch (xml.LocalName)
                {
                    case "c":
                        Put(cells, cell.Column, context.Read(cell.Column, number, cell.Type, cell.Style, cell.Formula, cell.Value, cell.Inline?.ToString(), cell.Runs));
                        inCell = false;
                        break;
                    case "is":
                        inInline = false;
                        break;
                    case "rPh":
                        phonetic = false;
                        break;
                }
            }

            xml.Read();
        }

        return rows;
    }

    private static void Put(List<SheetCell?> cells, int column, SheetCell? value)
    {
        while (cells.Count <= column)
        {
            cells.Add(null);
        }

        cells[column] = value;
    }

    /// <summary>The parts of the cell being read.</summary>
    private struct PendingCell(int column, string? type, int style)
    {
        public readonly int Column => column;

        public readonly string? Type => type;

        public readonly int Style => style;

        public string? Formula { get; set; }

        public string? Value { get; set; }

        public System.Text.StringBuilder? Inline { get; set; }

        public int Runs { get; set; }
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
