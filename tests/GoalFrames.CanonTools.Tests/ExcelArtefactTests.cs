using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using GoalFrames.CanonTools.Export;
using GoalFrames.CanonTools.Import;
using GoalFrames.CanonTools.Sheets;
using GoalFrames.CanonTools.Yaml;
using GoalFrames.Testing;

namespace GoalFrames.CanonTools.Tests;

public sealed class ExcelArtefactTests
{
    [Fact]
    public void Workbook_WithExcelArtefacts_IsReadAsShownAndEachArtefactIsReportedAtItsCell()
    {
        using var temp = new TempDir();
        var path = temp.File("artefacts.xlsx");
        WriteArtefactWorkbook(path);

        var table = XlsxSheetReader.Read(path);

        string Value(int row, int column) => table.Rows[row - 1][column]!.Value;
        Assert.Equal("Leads the team  with  care", Value(2, 5));
        Assert.Equal("42", Value(3, 5));
        Assert.True(table.Rows[2][5]!.IsNumber);
        Assert.Equal("2026-11-30", Value(4, 5));
        Assert.Equal("Saved result", Value(5, 5));
        Assert.Equal("CLINIC1", Value(4, 0));
        Assert.Contains(table.Warnings, w => w.Location == $"{path}:Hidden" && w.Message.Contains("hidden", StringComparison.Ordinal));
        Assert.Contains(table.Warnings, w => w.Location == $"{path}:canon!F2" && w.Message.Contains("rich text", StringComparison.Ordinal));
        Assert.Contains(table.Warnings, w => w.Location == $"{path}:canon!F4" && w.Message.Contains("date", StringComparison.Ordinal));
        Assert.Contains(table.Warnings, w => w.Location == $"{path}:canon!F5" && w.Message.Contains("=A1&B1", StringComparison.Ordinal));
        Assert.Contains(table.Warnings, w => w.Location == $"{path}:canon!A2" && w.Message.Contains("A2:A5", StringComparison.Ordinal));
        var noValue = Assert.Single(table.Problems);
        Assert.Equal($"{path}:canon!F6", noValue.Location);
        Assert.Contains("no saved result", noValue.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(table.Rows.SelectMany(r => r.Cells), c => c?.Value == "secret");
    }

    [Fact]
    public void Import_ReportsEveryProblemInOnePass_AtTheCellsWhereHrTypedThem()
    {
        using var temp = new TempDir();
        CanonExporter.Write(CanonBookReader.Read(RepoPaths.SampleCanon).Book!, temp.File("canon.csv"));
        var rows = LongCsv.Read(temp.File("canon.csv"));
        var firstOutput = rows.FindIndex(r => r[3] == "core_outputs");
        rows[firstOutput][5] += " ";
        var status = rows.FindIndex(r => r[3] == "status");
        rows[status][5] = "aproved";
        var field = rows.FindIndex(r => r[3] == "provenance");
        rows[field][3] = "provenence";
        LongCsv.Write(temp.File("broken.csv"), rows);

        var result = CanonImporter.Import(temp.File("broken.csv"), temp.File("out"), ImportMapping.Default);

        Assert.False(result.Written);
        Assert.False(Directory.Exists(temp.File("out")));
        var file = temp.File("broken.csv");
        Assert.Contains(result.Problems, p => p.Location == $"{file}:{firstOutput + 1}:6" && p.Message.Contains("space", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(result.Problems, p => p.Location == $"{file}:{status + 1}:6");
        Assert.Contains(result.Problems, p => p.Location == $"{file}:{field + 1}:4" && p.Message.Contains("did you mean provenance?", StringComparison.Ordinal));
    }

    [Fact]
    public void WorkbookSavedByLibreOffice_ImportsToTheSampleCanon()
    {
        using var temp = new TempDir();
        var fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "sample-canon-libreoffice.xlsx");

        var result = CanonImporter.Import(fixture, temp.File("out"), ImportMapping.Default);

        Assert.True(result.Written, string.Join("\n", result.Problems));
        Assert.Equal(GoalFrames.Canon.CanonLoader.LoadOrThrow(Path.Combine(AppContext.BaseDirectory, "Fixtures", "sample-canon")).Fingerprint, result.Fingerprint);
    }

    private static void WriteArtefactWorkbook(string path)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = new Stylesheet(
            new Fonts(new Font()), new Fills(new Fill()), new Borders(new Border()),
            new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
        var shared = workbook.AddNewPart<SharedStringTablePart>();
        shared.SharedStringTable = new SharedStringTable(
            new SharedStringItem(new Text("family")),
            new SharedStringItem(
                new Run(new RunProperties(new Bold()), new Text("Leads the team ") { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new Text(" with  care") { Space = SpaceProcessingModeValues.Preserve })));

        var hidden = workbook.AddNewPart<WorksheetPart>();
        hidden.Worksheet = new Worksheet(new SheetData(new Row(new Cell { CellReference = "A1", DataType = CellValues.InlineString, InlineString = new InlineString(new Text("secret")) }) { RowIndex = 1 }));
        var sheet = workbook.AddNewPart<WorksheetPart>();
        Cell Inline(string reference, string text) => new() { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) };
        sheet.Worksheet = new Worksheet(
            new SheetData(
                new Row(new Cell { CellReference = "A1", DataType = CellValues.SharedString, CellValue = new CellValue("0") }, Inline("B1", "focus"), Inline("C1", "level"), Inline("D1", "field"), Inline("E1", "id"), Inline("F1", "text")) { RowIndex = 1 },
                new Row(Inline("A2", "CLINIC1"), new Cell { CellReference = "F2", DataType = CellValues.SharedString, CellValue = new CellValue("1") }) { RowIndex = 2 },
                new Row(new Cell { CellReference = "F3", CellValue = new CellValue("42") }) { RowIndex = 3 },
                new Row(new Cell { CellReference = "F4", StyleIndex = 1, CellValue = new CellValue("46356") }) { RowIndex = 4 },
                new Row(new Cell { CellReference = "F5", DataType = CellValues.String, CellFormula = new CellFormula("A1&B1"), CellValue = new CellValue("Saved result") }) { RowIndex = 5 },
                new Row(new Cell { CellReference = "F6", CellFormula = new CellFormula("SUM(1,2)") }) { RowIndex = 6 }),
            new MergeCells(new MergeCell { Reference = "A2:A5" }));
        workbook.Workbook.AppendChild(new DocumentFormat.OpenXml.Spreadsheet.Sheets(
            new Sheet { Id = workbook.GetIdOfPart(hidden), SheetId = 1, Name = "Hidden", State = SheetStateValues.Hidden },
            new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 2, Name = "canon" }));
        workbook.Workbook.Save();
    }
}
