using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace GoalFrames.CanonTools.Sheets;

/// <summary>Turns one Open XML cell into its shown value, reporting what Excel did to it.</summary>
internal sealed class CellContext
{
    private readonly string _path;
    private readonly string _sheet;
    private readonly List<SheetMessage> _problems;
    private readonly List<SheetMessage> _warnings;
    private readonly SharedStringItem[] _shared;
    private readonly bool[] _dateStyles;

    public CellContext(string path, string sheet, WorkbookPart workbook, List<SheetMessage> problems, List<SheetMessage> warnings)
    {
        _path = path;
        _sheet = sheet;
        _problems = problems;
        _warnings = warnings;
        _shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().ToArray() ?? [];
        _dateStyles = DateStyles(workbook.WorkbookStylesPart?.Stylesheet);
    }

    public string At(int column, int row) => $"{_path}:{Quote(_sheet)}!{CellReference.Of(column, row)}";

    public void Warn(int column, int row, string message) => _warnings.Add(new SheetMessage(At(column, row), message));

    /// <summary>Reads one cell from its raw parts, as the sheet XML holds them.</summary>
    /// <param name="column">The 0-based column.</param>
    /// <param name="row">The 1-based row.</param>
    /// <param name="type">The <c>t</c> attribute (s, inlineStr, str, b, e, n, d), or null for a number.</param>
    /// <param name="style">The <c>s</c> attribute (style index).</param>
    /// <param name="formula">The formula, or null.</param>
    /// <param name="raw">The saved value, or null.</param>
    /// <param name="inline">The inline string's text, or null.</param>
    /// <param name="inlineRuns">How many formatted runs the inline string has.</param>
    public SheetCell? Read(int column, int row, string? type, int style, string? formula, string? raw, string? inline, int inlineRuns)
    {
        var at = At(column, row);
        if (formula is not null)
        {
            if (raw is null)
            {
                _problems.Add(new SheetMessage(at, $"the formula ={formula} has no saved result; open the workbook in Excel or LibreOffice, save it, and import again"));
                return null;
            }

            _warnings.Add(new SheetMessage(at, $"the cell holds the formula ={formula}; its saved result was used, so re-save the workbook if the sources changed, or type the text itself"));
        }

        switch (type)
        {
            case "s":
                return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < _shared.Length
                    ? Text(_shared[index], at)
                    : Problem(at, "the cell points at a shared text the workbook does not have; re-save the workbook");
            case "inlineStr":
                return inline is null ? null : Text(inline, inlineRuns, at);
            case "str":
                return raw is null ? null : new SheetCell(raw, at);
            case "b":
                return new SheetCell(raw == "1" ? "true" : "false", at);
            case "e":
                return Problem(at, $"the cell shows the error {raw}; fix it in the workbook");
            case "d":
                return raw is null ? null : Date(at, DateTime.Parse(raw, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind));
        }

        if (raw is null || !double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return raw is null ? null : new SheetCell(raw, at);
        }

        if (style < _dateStyles.Length && _dateStyles[style])
        {
            return Date(at, DateTime.FromOADate(number));
        }

        return new SheetCell(number.ToString("R", CultureInfo.InvariantCulture), at, IsNumber: true);
    }

    private SheetCell Date(string at, DateTime date)
    {
        var shown = date.TimeOfDay == TimeSpan.Zero ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : date.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        _warnings.Add(new SheetMessage(at, $"the cell holds a date and was read as {shown}; if something else was meant, format the cell as Text and type it again"));
        return new SheetCell(shown, at);
    }

    private SheetCell? Problem(string at, string message)
    {
        _problems.Add(new SheetMessage(at, message));
        return null;
    }

    private SheetCell Text(DocumentFormat.OpenXml.OpenXmlElement item, string at)
    {
        var runs = item.Elements<Run>().ToList();
        if (runs.Count == 0)
        {
            return new SheetCell(item.GetFirstChild<Text>()?.Text ?? string.Empty, at);
        }

        return Text(string.Concat(runs.Select(r => r.Text?.Text)), runs.Count, at);
    }

    private SheetCell Text(string text, int runs, string at)
    {
        if (runs > 1)
        {
            _warnings.Add(new SheetMessage(at, "the cell's text has mixed formatting (rich text); its plain text was read and the formatting dropped"));
        }

        return new SheetCell(text, at);
    }

    private static bool[] DateStyles(Stylesheet? stylesheet)
    {
        var formats = stylesheet?.CellFormats?.Elements<CellFormat>().ToList() ?? [];
        var custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode?.Value ?? string.Empty) ?? [];
        return [.. formats.Select(f => f.NumberFormatId?.Value is { } id && IsDateFormat(id, custom))];
    }

    private static bool IsDateFormat(uint id, Dictionary<uint, string> custom)
    {
        if (id is (>= 14 and <= 22) or (>= 45 and <= 47))
        {
            return true;
        }

        if (!custom.TryGetValue(id, out var code))
        {
            return false;
        }

        var bare = System.Text.RegularExpressions.Regex.Replace(code, "\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.", string.Empty);
        return bare.IndexOfAny(['d', 'm', 'y', 'h', 's', 'D', 'M', 'Y', 'H', 'S']) >= 0;
    }

    private static string Quote(string sheet) =>
        sheet.All(c => char.IsLetterOrDigit(c) || c == '_') ? sheet : "'" + sheet.Replace("'", "''", StringComparison.Ordinal) + "'";
}
