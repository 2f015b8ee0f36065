using System.Globalization;
using System.Text;
using GoalFrames.Engine;
using GoalFrames.Engine.Sheets;

namespace GoalFrames.Rendering.Exports;

/// <summary>
/// Renders a sheet as CSV: a header, then one row per goal line (the goal's headline, then each labelled line) with
/// its framework, perspective, item number, field label, text and source.
/// </summary>
public static class CsvSheetRenderer
{
    /// <summary>The column names.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["Framework", "Perspective", "Item", "Field", "Text", "Source", "Note"];

    /// <summary>Renders every section of the sheet.</summary>
    /// <param name="sheet">The sheet.</param>
    /// <returns>RFC 4180 CSV with CRLF line ends.</returns>
    public static string Render(GoalSheet sheet) => Render(sheet, _ => string.Empty);

    /// <summary>Renders every section of the sheet, with a note on the headline row of some items.</summary>
    /// <param name="sheet">The sheet.</param>
    /// <param name="noteFor">The note for an item's headline, or empty.</param>
    internal static string Render(GoalSheet sheet, Func<GoalItem, string> noteFor)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var csv = new StringBuilder();
        Csv.AppendRow(csv, Columns);
        foreach (var row in Rows(sheet, noteFor))
        {
            Csv.AppendRow(csv, row);
        }

        return csv.ToString();
    }

    /// <summary>The rows under the header, one per goal line, in sheet order.</summary>
    /// <param name="sheet">The sheet.</param>
    /// <param name="noteFor">The note for an item's headline, or empty.</param>
    internal static IEnumerable<string[]> Rows(GoalSheet sheet, Func<GoalItem, string> noteFor)
    {
        foreach (var section in sheet.Sections)
        {
            foreach (var group in section.Groups)
            {
                foreach (var item in group.Items)
                {
                    var number = item.Number.ToString(CultureInfo.InvariantCulture);
                    string[] Row(string field, string text, string source, string note) =>
                        [section.Heading.Text, group.Heading?.Text ?? string.Empty, number, field, text, source, note];

                    yield return Row(HeadlineLabel(section.Kind), item.Headline.Text, item.Source.Text, noteFor(item));
                    foreach (var field in item.Fields)
                    {
                        yield return Row(field.Label.Text, field.Content.Text, field.Source?.Text ?? item.Source.Text, string.Empty);
                    }
                }
            }
        }
    }

    /// <summary>The field name of an item's headline row, in the words the text layout uses.</summary>
    /// <param name="kind">The framework.</param>
    internal static string HeadlineLabel(FrameKind kind) => kind switch
    {
        FrameKind.Smart => "Goal",
        FrameKind.Okr => "Objective",
        FrameKind.Mbo => "Area",
        FrameKind.Scorecard => "Line",
        FrameKind.Growth => "Entry",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
