using GoalFrames.Engine;
using GoalFrames.Rendering.PlainText;

namespace GoalFrames.Rendering.Tests.Growth;

public sealed class GrowthTextTests
{
    [Theory]
    [InlineData("clinops", "M4", "M5")]
    [InlineData("clinops", "P6", "M4")]
    [InlineData("clinops", "M1", "M2")]
    [InlineData("agile", "S2", "P1")]
    [InlineData("agile", "P1", "P2")]
    [InlineData("clinops", "E1", "E2")]
    public void RenderSection_SamplePairs_MatchTheGoldenFiles(string focus, string from, string to)
    {
        var sheet = GrowthSheets.Build(focus, from, to);

        var text = TextSheetRenderer.RenderSection(Assert.Single(sheet.Sections));

        Golden.AssertMatches($"text.{focus}-{from.ToLowerInvariant()}-{to.ToLowerInvariant()}-growth.txt", text);
    }

    [Fact]
    public void RenderSection_ClinopsM4ToM5_HasTheSpecShapes()
    {
        var text = TextSheetRenderer.RenderSection(Assert.Single(GrowthSheets.Build("clinops", "M4", "M5").Sections));
        var lines = text.Split('\n');

        Assert.Equal(["Level dimensions", "  Scope"], lines[..2]);
        Assert.StartsWith("    From:   \"A whole function or major program area\"  [source: level dimension (Scope), M4]", lines[2], StringComparison.Ordinal);
        Assert.Equal("    To:     \"Multiple functions or a large department\"  [source: level dimension (Scope), M5]", lines[3]);
        Assert.Equal("    Goal:   Show evidence at the M5 scope bar \u2014 \u27E8target\u27E9 by \u27E8date\u27E9", lines[4]);
        Assert.Contains("\n\nNew at M5\n  1. \"Serves as department head for Clinical Operations, ", text, StringComparison.Ordinal);
        Assert.Contains("[source: JFM responsibility (M5)]\n     Goal:   First evidence of this responsibility \u2014 \u27E8target\u27E9 by \u27E8date\u27E9\n  2. \"", text, StringComparison.Ordinal);
        Assert.Contains("\n\nRubrics\n  Complexity/problem-solving\n    From:   \"", text, StringComparison.Ordinal);
        Assert.EndsWith("    Goal:   Show work at the M5 knowledge-application bar \u2014 \u27E8target\u27E9 by \u27E8date\u27E9\n", text, StringComparison.Ordinal);
        Assert.Equal(2, text.Split("\n\n").Length - 1);
    }

    [Fact]
    public void Render_WholePage_HasTitleIdentityPromiseHeadingIntroBlockAndLedger()
    {
        var sheet = GrowthSheets.Build("clinops", "M4", "M5");

        var text = TextSheetRenderer.Render(sheet);

        Golden.AssertMatches("text.clinops-m4-m5-growth-page.txt", text);
        Assert.StartsWith(
            "Growth goals \u2014 Clinical Trials Operations \u2014 M4 \u2192 M5\n\n"
            + "Clinical Trials Operations \u00B7 Clinical Trials Operations \u00B7 M4 \u2014 Director \u2192 M5 \u2014 Senior Director\n\n",
            text,
            StringComparison.Ordinal);
        Assert.Contains(
            "\nGrowth toward M5 \u2014 Senior Director\n\nWhat changes from M4 to M5 in this canon. Every line quotes one level or the other; what the two levels share is left out.\n\nLevel dimensions\n",
            text,
            StringComparison.Ordinal);
        Assert.Contains("\nLeft out\n  - 6 of M4's 6 core outputs left out: they do not appear at M5 (not shown)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NothingChanges_HasNoBlockAndSaysSo()
    {
        var sheet = GrowthSheets.Build("agile", "S4", "S5");

        var text = TextSheetRenderer.Render(sheet);

        Assert.Empty(sheet.Sections);
        Assert.DoesNotContain("Growth toward", text, StringComparison.Ordinal);
        Assert.Contains("  - Growth goals left out: nothing in this canon changes from S4 to S5", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderSection_FilledValues_ReplaceTheGoalLinesPlaceholders()
    {
        var values = new GoalValues([("growth/dimension/scope", "target", "two functions"), ("growth/dimension/scope", "date", "2027-06-30")]);

        var text = TextSheetRenderer.RenderSection(Assert.Single(GrowthSheets.Build("clinops", "M4", "M5", values).Sections));

        Assert.Contains("    Goal:   Show evidence at the M5 scope bar \u2014 two functions by 2027-06-30\n  Autonomy\n", text, StringComparison.Ordinal);
    }
}
