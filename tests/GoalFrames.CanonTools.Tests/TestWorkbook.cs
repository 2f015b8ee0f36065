using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace GoalFrames.CanonTools.Tests;

/// <summary>Writes a one-sheet .xlsx of text cells with the Open XML SDK, the way HR's own workbooks look to the import.</summary>
internal static class TestWorkbook
{
    public static void Write(string path, string sheetName, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var document = SpreadsheetDocument.Create(path, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        var number = 1U;
        foreach (var values in rows)
        {
            var row = new Row { RowIndex = number };
            for (var c = 0; c < values.Count; c++)
            {
                if (values[c].Length > 0)
                {
                    row.AppendChild(new Cell
                    {
                        CellReference = GoalFrames.CanonTools.Sheets.CellReference.Of(c, (int)number),
                        DataType = CellValues.InlineString,
                        InlineString = new InlineString(new Text(values[c]) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
                    });
                }
            }

            data.AppendChild(row);
            number++;
        }

        part.Worksheet = new Worksheet(data);
        workbook.Workbook.AppendChild(new DocumentFormat.OpenXml.Spreadsheet.Sheets(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = sheetName }));
        workbook.Workbook.Save();
    }
}
