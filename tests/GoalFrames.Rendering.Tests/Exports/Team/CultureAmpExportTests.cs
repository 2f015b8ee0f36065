using System.Globalization;
using System.Text.RegularExpressions;
using GoalFrames.Engine;
using GoalFrames.Rendering.Exports.Team;
using GoalFrames.Testing;

namespace GoalFrames.Rendering.Tests.Exports.Team;

public sealed partial class CultureAmpExportTests
{
    private static readonly string[] Fixed = ["email", "name", "description", "visibility", "individual_emails", "due_at", "created_at", "priority", "status", "completion"];

    private readonly TeamExport _export = new TeamExporter(new FrameEngine()).Export(Samples.Canon, TeamSamples.Drafts(), TeamExportFormat.CultureAmp);

    [Fact]
    public void Export_EveryColumnFollowsCultureAmpsRules()
    {
        var (header, rows) = CsvRecords.Read(_export.Content);

        Assert.Equal(Fixed, header.Take(Fixed.Length));
        var keyResults = (header.Count - Fixed.Length) / 2;
        Assert.Equal(Enumerable.Range(1, keyResults).SelectMany(n => new[] { $"key_result_{n}_title", $"key_result_{n}_completion" }), header.Skip(Fixed.Length));
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            Assert.Matches(EmailPattern(), row["email"]);
            Assert.False(string.IsNullOrWhiteSpace(row["name"]));
            Assert.Contains("Source: ", row["description"], StringComparison.Ordinal);
            Assert.Contains(row["visibility"], new[] { "owner", "manager", "everyone" });
            Assert.Equal(string.Empty, row["individual_emails"]);
            AssertDateOrBlank(row["due_at"]);
            AssertDateOrBlank(row["created_at"]);
            Assert.NotEqual(string.Empty, row["created_at"]);
            Assert.Contains(row["priority"], new[] { string.Empty, "0", "1", "2" });
            Assert.Contains(row["status"], new[] { "created", "ongoing", "blocked", "accomplished" });
            var titles = Enumerable.Range(1, keyResults).Select(n => row[$"key_result_{n}_title"]).ToList();
            AssertCompletion(row["completion"]);
            Assert.True(row["completion"].Length == 0 || titles.All(t => t.Length == 0), "completion only for a goal without key results");
            for (var n = 1; n <= keyResults; n++)
            {
                var title = row[$"key_result_{n}_title"];
                Assert.False(double.TryParse(title, NumberStyles.Float, CultureInfo.InvariantCulture, out _), $"key result title '{title}' is only a number");
                AssertCompletion(row[$"key_result_{n}_completion"]);
            }

            Assert.All(row.Values, cell => Assert.False(cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r', $"cell '{cell}' would run as a formula"));
        }
    }

    [Fact]
    public void Export_OneRowPerGoalOfEachPersonWithAnEmail_AndNamesWhoHasNone()
    {
        var rows = CsvRecords.Read(_export.Content).Rows;
        var drafts = TeamSamples.Drafts();
        var expected = drafts.Where(d => d.Content.About?.Email is not null).Sum(d => d.Content.Rows.Count);

        Assert.Equal(expected, rows.Count);
        Assert.Equal(["ada@example.com", "grace@example.com"], rows.Select(r => r["email"]).Distinct());
        Assert.Equal([TeamSamples.Nobody.Name], _export.Summary.MissingEmail);
        Assert.Equal(1, _export.Summary.AboutNobody);
        Assert.Equal((2, expected), (_export.Summary.People, _export.Summary.Goals));
    }

    [Fact]
    public void Export_Okr_ObjectiveWithKeyResults_AndTheLatestIsoDateAsDue()
    {
        var rows = CsvRecords.Read(_export.Content).Rows;
        var objective = Samples.Content(FrameKind.Okr).Rows[0];

        var row = rows.First(r => r["email"] == "ada@example.com" && r["name"] == objective.Text);

        Assert.StartsWith("From 2 to 4 by 2027-06-30", row["key_result_1_title"], StringComparison.Ordinal);
        Assert.Contains("2 audits by 2027-09-30", row["key_result_2_title"], StringComparison.Ordinal);
        Assert.Equal("2027-09-30", row["due_at"]);
        Assert.Equal("2027-01-11", row["created_at"]);
        Assert.Contains($"canon {Samples.ProfileId}, row {objective.Ref}", row["description"], StringComparison.Ordinal);
    }

    [Fact]
    public void Export_Smart_KeepsTheManagersWordsAndTheMeasurableLineInTheDescription()
    {
        var rows = CsvRecords.Read(_export.Content).Rows;
        var goal = Samples.Content(FrameKind.Smart).Rows[0];

        var row = rows.First(r => r["email"] == "grace@example.com" && r["description"].Contains(goal.Ref.ToString(), StringComparison.Ordinal) && r["description"].StartsWith("Specific", StringComparison.Ordinal));

        Assert.Contains($"Measurable: Move the metric this drives from 2 to {TeamSamples.Awkward} by 2027-06-30.", row["description"], StringComparison.Ordinal);
        Assert.Equal("2027-06-30", row["due_at"]);
    }

    [Fact]
    public void Export_UnfilledPlaceholdersStayVisible_AndWordsThatAreNoDateLeaveDueBlank()
    {
        var rows = CsvRecords.Read(_export.Content).Rows;
        var area = rows.First(r => r["email"] == "grace@example.com" && r["description"].Contains("Target: 4 CRO reviews", StringComparison.Ordinal));
        var unfilled = rows.Where(r => r["description"].Contains('\u27E8', StringComparison.Ordinal)).ToList();

        Assert.Contains("Due: Q2 2027", area["description"], StringComparison.Ordinal);
        Assert.Equal(string.Empty, area["due_at"]);
        Assert.NotEmpty(unfilled);
        Assert.Contains("\u27E8target\u27E9", unfilled[0]["description"], StringComparison.Ordinal);
        Assert.Equal(rows.Count(r => r.Values.Any(v => v.Contains('\u27E8', StringComparison.Ordinal))), _export.Summary.GoalsWithBlanks);
    }

    private static void AssertDateOrBlank(string text) =>
        Assert.True(text.Length == 0 || DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), $"'{text}' is not YYYY-MM-DD");

    private static void AssertCompletion(string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        var value = decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        Assert.InRange(value, 0m, 1m);
        Assert.Equal(0m, value % 0.05m);
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
