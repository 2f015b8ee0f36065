using System.Text;

namespace GoalFrames.CanonTools.Tests;

/// <summary>Reads and rewrites a long-shape CSV export in tests, with a real CSV writer's quoting rules.</summary>
internal static class LongCsv
{
    public static List<string[]> Read(string path)
    {
        var table = GoalFrames.CanonTools.Sheets.CsvSheetReader.Read(path);
        return [.. table.Rows.Select(r => Enumerable.Range(0, 6).Select(i => r[i]?.Value ?? string.Empty).ToArray())];
    }

    public static void Write(string path, IEnumerable<string[]> rows)
    {
        var builder = new StringBuilder();
        foreach (var row in rows)
        {
            builder.AppendJoin(',', row.Select(v => "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")).Append("\r\n");
        }

        File.WriteAllText(path, builder.ToString());
    }
}
