using GoalFrames.Canon;
using GoalFrames.Engine;
using GoalFrames.Engine.Drafts;
using GoalFrames.Rendering.Exports;
using GoalFrames.Rendering.PlainText;
using GoalFrames.Testing;

namespace GoalFrames.Rendering.Tests.Exports;

public sealed class DraftExporterTests
{
    private const string ProfileId = "CLINIC1.CLINICAL3CD6.M5";
    private static readonly CanonSnapshot Canon = CanonLoader.LoadOrThrow(RepoPaths.SampleCanon);
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly DraftExporter _exporter = new(new FrameEngine());

    [Fact]
    public void Export_Text_ShowsTheValuesInPlaceOfThePlaceholdersInTheSeedLayout()
    {
        var draft = Draft(Canon, FrameKind.Mbo, ("mbo/dept-head", "target", "4 CRO reviews"), ("mbo/dept-head", "date", "2027-06-30"));

        var export = Exported(draft, ExportFormat.Text);

        Assert.Contains("1. Area: Serves as department head", export.Content, StringComparison.Ordinal);
        Assert.Contains("   Target:   4 CRO reviews   Due: 2027-06-30\n\n2. Area:", export.Content, StringComparison.Ordinal);
        Assert.Contains("   Target:   \u27E8target\u27E9   Due: \u27E8date\u27E9\n", export.Content, StringComparison.Ordinal);
        Assert.StartsWith("Goal templates \u2014 ", export.Content, StringComparison.Ordinal);
        Assert.Equal(TextSheetRenderer.Render(new FrameEngine().Build(Canon, Canon.FindProfile(ProfileId)!, [FrameKind.Mbo], draft.Content.ToGoalValues())), export.Content);
        Assert.DoesNotContain("Superseded", export.Content, StringComparison.Ordinal);
        Assert.Equal(("text/plain; charset=utf-8", "goals-clinic1.clinical3cd6.m5-mbo.txt"), (export.MediaType, export.FileName));
    }

    [Fact]
    public void Export_Markdown_ShowsTheValuesEscaped()
    {
        var draft = Draft(Canon, FrameKind.Smart, ("smart/dept-head", "baseline", "*2* reviews"), ("smart/dept-head", "target", "4"), ("smart/dept-head", "date", "Q2 2027"));

        var export = Exported(draft, ExportFormat.Markdown);

        Assert.Contains("Move the metric this drives from \\*2\\* reviews to 4 by Q2 2027.", export.Content, StringComparison.Ordinal);
        Assert.Contains("   - **Time-bound:** Q2 2027\n", export.Content, StringComparison.Ordinal);
        Assert.Equal("goals-clinic1.clinical3cd6.m5-smart.md", export.FileName);
    }

    [Fact]
    public void Export_Csv_ParsesBackToOneRowPerGoalLineWithItsSource()
    {
        const string awkward = "4, \"big\" reviews\nthen 5";
        var draft = Draft(Canon, FrameKind.Smart, ("smart/dept-head", "baseline", "2"), ("smart/dept-head", "target", awkward), ("smart/dept-head", "date", "2027-06-30"));
        var sheet = new FrameEngine().Build(Canon, Canon.FindProfile(ProfileId)!, [FrameKind.Smart], draft.Content.ToGoalValues());
        var items = sheet.Sections[0].Items.ToList();

        var rows = CsvParser.Parse(Exported(draft, ExportFormat.Csv).Content);

        Assert.Equal(CsvSheetRenderer.Columns, rows[0]);
        Assert.Equal(1 + items.Sum(i => 1 + i.Fields.Count), rows.Count);
        Assert.All(rows, r => Assert.Equal(CsvSheetRenderer.Columns.Count, r.Count));
        Assert.Equal(["SMART goals", "", "1", "Goal", items[0].Headline.Text, items[0].Source.Text, ""], rows[1]);
        Assert.Equal(["SMART goals", "", "1", "Measurable", $"Move the metric this drives from 2 to {awkward} by 2027-06-30.", items[0].Source.Text, ""], rows[3]);
        Assert.Equal(["SMART goals", "", "1", "Time-bound", "2027-06-30", items[0].Source.Text, ""], rows.First(r => r[2] == "1" && r[3] == "Time-bound"));
        Assert.Equal(items.Select(i => i.Headline.Text), rows.Skip(1).Where(r => r[3] == "Goal").Select(r => r[4]));
    }

    [Fact]
    public void Export_Csv_ScorecardRows_NamePerspectiveAndLine()
    {
        var draft = Draft(Canon, FrameKind.Scorecard);

        var rows = CsvParser.Parse(Exported(draft, ExportFormat.Csv).Content);

        Assert.Contains(rows, r => r[0] == "Scorecard" && r[1] == "Internal process" && r[2] == "1" && r[3] == "Line");
        Assert.Contains(rows, r => r[1] == "Role calibration" && r[3] == "Measure" && r[4] == "\u27E8target\u27E9 by \u27E8date\u27E9");
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"click\")")]
    [InlineData("+1+2")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A9)")]
    public void Export_Csv_FormulaLookingCell_IsNeutralisedWithAQuote(string value)
    {
        var draft = Draft(Canon, FrameKind.Mbo, ("mbo/dept-head", "target", value));

        var csv = Exported(draft, ExportFormat.Csv).Content;
        var rows = CsvParser.Parse(csv);

        var target = rows.First(r => r[2] == "1" && r[3] == "Target");
        Assert.Equal("'" + value, target[4]);
        Assert.DoesNotContain(rows.SelectMany(r => r), cell => cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@');
    }

    [Fact]
    public void Export_CanonChangedSinceSaved_KeepsTheSavedTextAndOffersTheCurrentOne()
    {
        using var before = new TempCanon(Family);
        using var after = new TempCanon(Family
            .Replace("text: Owns the department budget", "text: Owns the department budget and forecast", StringComparison.Ordinal)
            .Replace("\n          - id: hiring\n            text: Hires the leadership team", string.Empty, StringComparison.Ordinal));
        var draft = Draft(CanonLoader.LoadOrThrow(before.Dir), FrameKind.Mbo, ("mbo/budget", "target", "on budget"), ("mbo/hiring", "target", "3 directors"));
        var canon = CanonLoader.LoadOrThrow(after.Dir);

        var text = Exported(draft, ExportFormat.Text, canon).Content;
        var csv = CsvParser.Parse(Exported(draft, ExportFormat.Csv, canon).Content);

        Assert.Contains("2. Area: Owns the department budget  [source:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Area: Hires the leadership team", text, StringComparison.Ordinal);
        Assert.Contains("\nSuperseded\n", text, StringComparison.Ordinal);
        Assert.Contains("  - 2. \"Owns the department budget\" \u2014 superseded: the canon now reads \"Owns the department budget and forecast\"\n", text, StringComparison.Ordinal);
        Assert.Contains("  - \"Hires the leadership team\" \u2014 removed from the canon since this draft was saved; saved values: target = 3 directors\n", text, StringComparison.Ordinal);
        Assert.Contains(csv, r => r[3] == "Area" && r[4] == "Owns the department budget" && r[6].StartsWith("superseded", StringComparison.Ordinal));
        Assert.Contains(csv, r => r[3] == "Area" && r[4] == "Hires the leadership team" && r[6].Contains("3 directors", StringComparison.Ordinal));
    }

    [Fact]
    public void Export_ProfileNoLongerInTheCanon_SaysSoAndKeepsTheRows()
    {
        using var before = new TempCanon(Family);
        using var after = new TempCanon(Family.Replace("level: M5", "level: P2", StringComparison.Ordinal));
        var draft = Draft(CanonLoader.LoadOrThrow(before.Dir), FrameKind.Smart);

        var export = _exporter.Export(CanonLoader.LoadOrThrow(after.Dir), draft, ExportFormat.Text);

        var removed = Assert.IsType<DraftExport.ProfileRemoved>(export);
        Assert.Equal(3, removed.Drift.Removed.Count());
    }

    private const string Family = """
        family:
          code: CLINIC1
          name: Clinical Trials Operations
        focuses:
          - code: CLINICAL3CD6
            name: Clinical Trials Operations
            description: Runs clinical trials.
            aliases: [clinops]
            profiles:
              - level: M5
                status: approved
                version: 1
                provenance: test
                core_outputs:
                  - id: dept-head
                    text: Serves as department head
                  - id: budget
                    text: Owns the department budget
                  - id: hiring
                    text: Hires the leadership team
        """;

    private DraftExport.Exported Exported(Draft draft, ExportFormat format, CanonSnapshot? canon = null) =>
        Assert.IsType<DraftExport.Exported>(_exporter.Export(canon ?? Canon, draft, format));

    private static Draft Draft(CanonSnapshot canon, FrameKind kind, params (string Item, string Slot, string Value)[] values)
    {
        var sheet = new FrameEngine().Build(canon, canon.FindProfile(ProfileId)!, [kind]);
        var content = DraftContent.FromSheet(sheet, kind, values.Select(v => new DraftValue(v.Item, v.Slot, v.Value)))!;
        Assert.Equal(values.Length, content.Values.Count);
        return new Draft(Guid.NewGuid(), new DraftOwner("slack", "T1", "U1"), content, 1, At, At);
    }
}
