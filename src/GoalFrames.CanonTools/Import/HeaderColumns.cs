using GoalFrames.CanonTools.Sheets;

namespace GoalFrames.CanonTools.Import;

/// <summary>Where each canon column is in the sheet, found by its header (case and surrounding spaces ignored).</summary>
internal sealed class HeaderColumns
{
    private readonly Dictionary<string, int> _columns;

    private HeaderColumns(Dictionary<string, int> columns)
    {
        _columns = columns;
    }

    public int this[string column] => _columns.GetValueOrDefault(column, -1);

    public bool Has(string column) => _columns.ContainsKey(column);

    public static HeaderColumns? Find(SheetRow header, IReadOnlyList<string> required, IReadOnlyList<string> optional, ImportMapping mapping, List<SheetMessage> problems)
    {
        var byHeader = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Cells.Count; i++)
        {
            if (header.Cells[i] is { } cell)
            {
                byHeader.TryAdd(cell.Value.Trim(), i);
            }
        }

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var column in required.Concat(optional))
        {
            var name = mapping.HeaderFor(column);
            if (byHeader.TryGetValue(name, out var index))
            {
                columns[column] = index;
            }
            else if (required.Contains(column))
            {
                missing.Add(name);
            }
        }

        if (missing.Count > 0)
        {
            problems.Add(new SheetMessage(header.Location, $"the header row has no column {string.Join(", ", missing.Select(m => $"'{m}'"))}; it has {string.Join(", ", byHeader.Keys.Select(k => $"'{k}'"))}. Rename the columns, or name them in a mapping file (--mapping)"));
            return null;
        }

        return new HeaderColumns(columns);
    }
}
