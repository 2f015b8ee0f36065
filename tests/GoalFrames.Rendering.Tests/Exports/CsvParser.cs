using System.Text;

namespace GoalFrames.Rendering.Tests.Exports;

/// <summary>A strict RFC 4180 reader for checking exports: CRLF records, quoted cells with doubled quotes.</summary>
internal static class CsvParser
{
    public static List<List<string>> Parse(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var i = 0;
        while (i < csv.Length)
        {
            if (cell.Length == 0 && csv[i] == '"')
            {
                i++;
                while (true)
                {
                    Assert.True(i < csv.Length, "unterminated quoted cell");
                    if (csv[i] == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                    {
                        cell.Append('"');
                        i += 2;
                    }
                    else if (csv[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        cell.Append(csv[i++]);
                    }
                }

                Assert.True(i == csv.Length || csv[i] == ',' || csv[i] == '\r', $"text after a closing quote at {i}");
                continue;
            }

            switch (csv[i])
            {
                case ',':
                    row.Add(cell.ToString());
                    cell.Clear();
                    i++;
                    break;
                case '\r':
                    Assert.True(i + 1 < csv.Length && csv[i + 1] == '\n', $"bare CR at {i}");
                    row.Add(cell.ToString());
                    cell.Clear();
                    rows.Add(row);
                    row = [];
                    i += 2;
                    break;
                case '"' or '\n':
                    Assert.Fail($"unquoted {(csv[i] == '"' ? "quote" : "LF")} at {i}");
                    break;
                default:
                    cell.Append(csv[i++]);
                    break;
            }
        }

        Assert.True(cell.Length == 0 && row.Count == 0, "the last record does not end with CRLF");
        return rows;
    }
}
