using System.Globalization;
using System.Text;
using System.Data;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using GoalFrames.CanonTools.Book;
using Sylvan.Data.Csv;

namespace GoalFrames.CanonTools.Export;

/// <summary>Writes a canon book in the long shape, as CSV or as an <c>.xlsx</c> workbook with one sheet named <c>canon</c>.</summary>
public static class CanonExporter
{
    /// <summary>The sheet name the export writes and the import reads first.</summary>
    public const string SheetName = "canon";

    /// <summary>Writes the book to a file; the format follows the extension (<c>.xlsx</c> or <c>.csv</c>).</summary>
    /// <param name="book">The book.</param>
    /// <param name="path">The file to write.</param>
    public static void Write(CanonBook book, string path)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(path);
        var rows = LongShape.Rows(book);
        if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            WriteCsv(rows, path);
        }
        else
        {
            WriteXlsx(rows, path);
        }
    }

    private static void WriteCsv(IEnumerable<LongRow> rows, string path)
    {
        using var table = new DataTable { Locale = CultureInfo.InvariantCulture };
        foreach (var header in LongRow.Headers)
        {
            table.Columns.Add(header, typeof(string));
        }

        foreach (var row in rows)
        {
            table.Rows.Add([.. row.Values]);
        }

        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        using var csv = CsvDataWriter.Create(writer);
        using var reader = table.CreateDataReader();
        csv.Write(reader);
    }

    private static void WriteXlsx(IEnumerable<LongRow> rows, string path)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Styles();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(sheetPart))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteElement(new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }));
            writer.WriteElement(new Columns(
                new Column { Min = 1, Max = 3, Width = 16, CustomWidth = true },
                new Column { Min = 4, Max = 5, Width = 20, CustomWidth = true },
                new Column { Min = 6, Max = 6, Width = 100, CustomWidth = true }));
            writer.WriteStartElement(new SheetData());
            var number = 1;
            WriteRow(writer, number++, LongRow.Headers, style: 1);
            foreach (var row in rows)
            {
                WriteRow(writer, number++, row.Values, style: 0);
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        workbook.Workbook.AppendChild(new DocumentFormat.OpenXml.Spreadsheet.Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = SheetName }));
        workbook.Workbook.Save();
    }

    private static void WriteRow(OpenXmlWriter writer, int number, IReadOnlyList<string> values, uint style)
    {
        writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", string.Empty, number.ToString(CultureInfo.InvariantCulture))]);
        for (var column = 0; column < values.Count; column++)
        {
            if (values[column].Length == 0)
            {
                continue;
            }

            var cell = new Cell { CellReference = GoalFrames.CanonTools.Sheets.CellReference.Of(column, number), DataType = CellValues.InlineString, StyleIndex = style == 0 ? 2U : style };
            cell.AppendChild(new InlineString(new Text(values[column]) { Space = SpaceProcessingModeValues.Preserve }));
            writer.WriteElement(cell);
        }

        writer.WriteEndElement();
    }

    /// <summary>Style 0 the default, 1 bold headers, 2 text cells (format @, so Excel keeps "1" and "2026.10" as typed).</summary>
    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true, NumberFormatId = 49, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 49, ApplyNumberFormat = true, Alignment = new Alignment { WrapText = true }, ApplyAlignment = true }) { Count = 3 });
}
