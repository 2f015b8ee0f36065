using Sylvan.Data.Csv;

namespace GoalFrames.Rendering.Tests.Exports.Team;

/// <summary>Reads an export file with Sylvan's CSV reader, as a goal tool's importer would: the header, then each record by column name.</summary>
internal static class CsvRecords
{
    public static (IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyDictionary<string, string>> Rows) Read(string csv)
    {
        using var reader = CsvDataReader.Create(new StringReader(csv), new CsvDataReaderOptions { Delimiter = ',', HasHeaders = true });
        var header = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (reader.Read())
        {
            Assert.Equal(header.Count, reader.RowFieldCount);
            rows.Add(header.Select((name, i) => (name, value: reader.GetString(i))).ToDictionary(c => c.name, c => c.value, StringComparer.Ordinal));
        }

        return (header, rows);
    }
}
