using System.Text.Json;
using GoalFrames.Engine;
using GoalFrames.Engine.Drafts;
using GoalFrames.Rendering.Exports.Team;
using GoalFrames.Testing;

namespace GoalFrames.Rendering.Tests.Exports.Team;

public sealed class OtherTeamExportTests
{
    private readonly TeamExporter _exporter = new(new FrameEngine());

    [Fact]
    public void Json_OneDocumentPerPerson_EveryGoalWithItsCanonSource()
    {
        var export = _exporter.Export(Samples.Canon, TeamSamples.Drafts(), TeamExportFormat.Json);
        using var json = JsonDocument.Parse(export.Content);

        var people = json.RootElement.EnumerateArray().ToList();

        Assert.Equal(["Ada Lovelace", "Edsger Dijkstra", "Grace Hopper"], people.Select(p => p.GetProperty("person").GetProperty("name").GetString()));
        Assert.False(people[1].GetProperty("person").TryGetProperty("email", out _));
        Assert.Equal(TeamSamples.Drafts().Where(d => d.Content.About is not null).Sum(d => d.Content.Rows.Count), people.Sum(p => p.GetProperty("goals").GetArrayLength()));
        var rowIds = TeamSamples.Drafts().SelectMany(d => d.Content.Rows).Select(r => r.Ref.RowId).ToHashSet();
        Assert.All(people.SelectMany(p => p.GetProperty("goals").EnumerateArray()), g =>
        {
            Assert.Equal(Samples.ProfileId, g.GetProperty("source").GetProperty("profileId").GetString());
            Assert.Contains(g.GetProperty("source").GetProperty("rowId").GetString()!, rowIds);
        });
        Assert.Equal(["slack/T0001/U0001"], people[0].GetProperty("managers").EnumerateArray().Select(m => m.GetString()));
        Assert.Empty(export.Summary.MissingEmail);
    }

    [Fact]
    public void Csv_PersonEmailAndProfileInFront_AndANameThatLooksLikeAFormulaIsNeutralised()
    {
        var evil = new DraftSubject("U0666", "=HYPERLINK(\"http://evil.example\")") { Email = "eve@example.com" };
        var draft = TeamSamples.Drafts()[2];
        var drafts = new[] { draft with { Content = draft.Content with { About = evil } } };

        var (header, rows) = CsvRecords.Read(_exporter.Export(Samples.Canon, drafts, TeamExportFormat.Csv).Content);

        Assert.Equal(["Person", "Email", "Profile", .. GoalFrames.Rendering.Exports.CsvSheetRenderer.Columns], header);
        Assert.All(rows, r => Assert.Equal(("'" + evil.Name, "eve@example.com", Samples.ProfileId), (r["Person"], r["Email"], r["Profile"])));
        Assert.Contains(rows, r => r["Text"].Contains(TeamSamples.Awkward, StringComparison.Ordinal));
    }

    [Fact]
    public void Markdown_AHeadingPerPerson()
    {
        var md = _exporter.Export(Samples.Canon, TeamSamples.Drafts(), TeamExportFormat.Markdown).Content;

        Assert.StartsWith("# Ada Lovelace\n\nada@example.com\n", md, StringComparison.Ordinal);
        Assert.Contains("\n# Edsger Dijkstra\n\n_No email known_\n", md, StringComparison.Ordinal);
        Assert.Contains("4 CRO reviews", md.Split("# Grace Hopper")[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cultureamp", TeamExportFormat.CultureAmp)]
    [InlineData("Culture-Amp", TeamExportFormat.CultureAmp)]
    [InlineData("BETTERWORKS", TeamExportFormat.Betterworks)]
    [InlineData("md", TeamExportFormat.Markdown)]
    public void Formats_ReadTheWordsPeopleType(string word, TeamExportFormat format) =>
        Assert.Equal(format, TeamExportFormats.Parse(word));

    [Theory]
    [InlineData("2027-03-31..2027-03-01")]
    [InlineData("2027-03-01")]
    [InlineData("spring..2027-03-01")]
    public void Cycle_RangeThatIsNoRange_IsRefused(string text) => Assert.Null(ExportCycle.ParseRange(text));
}
