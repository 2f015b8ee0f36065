using System.Globalization;
using GoalFrames.Engine;
using GoalFrames.Rendering.Exports.Team;
using GoalFrames.Testing;

namespace GoalFrames.Rendering.Tests.Exports.Team;

public sealed class BetterworksExportTests
{
    private static readonly ExportCycle Spring = ExportCycle.ParseRange("2027-03-01..2027-03-31")!;

    [Fact]
    public void Export_EveryColumnFollowsBetterworksRules_AndMilestonesFollowTheirGoal()
    {
        var export = new TeamExporter(new FrameEngine()).Export(Samples.Canon, TeamSamples.Drafts(), TeamExportFormat.Betterworks);
        var (header, rows) = CsvRecords.Read(export.Content);

        Assert.Equal(["name", "type", "progress", "start_date", "end_date", "owner_email", "categories", "description"], header);
        Assert.Equal("goal", rows[0]["type"]);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            Assert.False(string.IsNullOrWhiteSpace(row["name"]));
            Assert.Contains(row["type"], new[] { "goal", "milestone" });
            Assert.True(row["progress"].Length == 0 || int.TryParse(row["progress"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p <= 100, $"progress '{row["progress"]}'");
            var start = Date(row["start_date"]);
            var end = Date(row["end_date"]);
            Assert.True(start is null || end is null || start <= end, $"period {row["start_date"]}..{row["end_date"]}");
            Assert.Contains(row["owner_email"], new[] { "ada@example.com", "grace@example.com" });
            Assert.All(row["categories"].Split(';', StringSplitOptions.None), c => Assert.True(row["categories"].Length == 0 || c.Trim().Length > 0));
            if (row["type"] == "milestone")
            {
                Assert.Equal(string.Empty, row["description"]);
                Assert.Equal(rows[i - 1]["owner_email"], row["owner_email"]);
            }
            else
            {
                Assert.Contains($"canon {Samples.ProfileId}, row ", row["description"], StringComparison.Ordinal);
            }

            Assert.All(row.Values, cell => Assert.False(cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r', $"cell '{cell}' would run as a formula"));
        }

        var drafts = TeamSamples.Drafts().Where(d => d.Content.About?.Email is not null).ToList();
        Assert.Equal(drafts.Sum(d => d.Content.Rows.Count), rows.Count(r => r["type"] == "goal"));
        Assert.Equal(drafts.Where(d => d.Content.Framework == FrameKind.Okr).SelectMany(d => d.Content.Rows).Sum(r => r.Slots.Select(s => s.Split('.')[0]).Distinct().Count()), rows.Count(r => r["type"] == "milestone"));
    }

    [Fact]
    public void Export_ScorecardLinesCarryTheirPerspectiveAsCategory()
    {
        var export = new TeamExporter(new FrameEngine()).Export(Samples.Canon, TeamSamples.Drafts(), TeamExportFormat.Betterworks);
        var sheet = new FrameEngine().Build(Samples.Canon, Samples.Canon.FindProfile(Samples.ProfileId)!, [FrameKind.Scorecard]);
        var perspectives = sheet.Sections[0].Groups.Select(g => g.Heading!.Text).ToList();

        var rows = CsvRecords.Read(export.Content).Rows.Where(r => r["categories"].Length > 0).ToList();

        Assert.Equal(sheet.Sections[0].Items.Count(), rows.Count);
        Assert.Equal(perspectives, rows.Select(r => r["categories"]).Distinct());
    }

    [Fact]
    public void Export_WithACycle_KeepsDraftsSavedInIt_AndTakesItsPeriod()
    {
        var export = new TeamExporter(new FrameEngine()).Export(Samples.Canon, TeamSamples.Drafts(), TeamExportFormat.Betterworks, Spring);
        var rows = CsvRecords.Read(export.Content).Rows;

        Assert.DoesNotContain(rows, r => r["categories"].Length > 0);
        Assert.All(rows, r => Assert.Equal("2027-03-01", r["start_date"]));
        Assert.Contains(rows, r => r["end_date"] == "2027-03-31");
        Assert.Contains(rows, r => r["end_date"] == "2027-06-30");
        Assert.Equal("goals-betterworks-2027-03-01-2027-03-31.csv", export.FileName);
    }

    private static DateOnly? Date(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        Assert.True(DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date), $"'{text}' is not YYYY-MM-DD");
        return date;
    }
}
