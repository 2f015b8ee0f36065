using System.Text.Json;
using GoalFrames.Rendering.Json;
using GoalFrames.Rendering.Markdown;

namespace GoalFrames.Rendering.Tests.Growth;

public sealed class GrowthMarkdownJsonTests
{
    [Fact]
    public void Markdown_ClinopsM4ToM5_MatchesTheGoldenFile()
    {
        var markdown = MarkdownSheetRenderer.Render(GrowthSheets.Build("clinops", "M4", "M5"));

        Golden.AssertMatches("markdown.clinops-m4-m5-growth.md", markdown);
        Assert.Contains("\n## Growth toward M5 \u2014 Senior Director\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n### Level dimensions\n\n- **Scope**\n  - **From:** \"A whole function or major program area\" \u2014 _source: level dimension (Scope), M4_\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n### New at M5\n\n1. **\"Serves as department head", markdown, StringComparison.Ordinal);
        Assert.Contains("   - **Goal:** First evidence of this responsibility \u2014 \u27E8target\u27E9 by \u27E8date\u27E9\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_EntryWithoutFromLine_HasOnlyToAndGoal()
    {
        var markdown = MarkdownSheetRenderer.Render(GrowthSheets.Build("agile", "S2", "P1"));

        Assert.Contains("- **Decision rights**\n  - **To:** \"Decides how to complete assigned tasks\" \u2014 _source: level dimension (Decision rights), P1_\n  - **Goal:** ", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_ClinopsM4ToM5_KeepsEveryPieceItsSourceAndBothLevels()
    {
        using var json = JsonDocument.Parse(JsonSheetRenderer.Render(GrowthSheets.Build("clinops", "M4", "M5")));

        var root = json.RootElement;
        Assert.Equal("CLINIC1.CLINICAL3CD6.M4..M5", root.GetProperty("profileId").GetString());
        var growth = root.GetProperty("growth");
        Assert.Equal(("M4", "M5", "CLINIC1.CLINICAL3CD6.M4", "CLINIC1.CLINICAL3CD6.M5"), (growth.GetProperty("from").GetString(), growth.GetProperty("to").GetString(), growth.GetProperty("fromProfile").GetString(), growth.GetProperty("toProfile").GetString()));
        var section = Assert.Single(root.GetProperty("sections").EnumerateArray());
        Assert.Equal("growth", section.GetProperty("framework").GetString());
        Assert.Equal(["Level dimensions", "New at M5", "Rubrics"], section.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("heading").GetString()));
        var scope = section.GetProperty("groups")[0].GetProperty("items")[0];
        Assert.Equal("growth/dimension/scope", scope.GetProperty("key").GetString());
        var from = scope.GetProperty("fields")[0];
        Assert.Equal("level dimension (Scope), M4", from.GetProperty("source").GetString());
        Assert.Equal("M4/dimensions/scope", from.GetProperty("content").GetProperty("pieces")[1].GetProperty("source").GetString());
        var goal = scope.GetProperty("fields")[2].GetProperty("content").GetProperty("pieces");
        Assert.Equal(["target", "date"], goal.EnumerateArray().Where(p => p.GetProperty("kind").GetString() == "placeholder").Select(p => p.GetProperty("slot").GetString()));
    }

    [Fact]
    public void Json_NothingChanges_HasNoSectionAndTheLedgerSaysSo()
    {
        using var json = JsonDocument.Parse(JsonSheetRenderer.Render(GrowthSheets.Build("agile", "S4", "S5")));

        Assert.Empty(json.RootElement.GetProperty("sections").EnumerateArray());
        Assert.Contains(json.RootElement.GetProperty("omissions").EnumerateArray(), o => o.GetProperty("reason").GetString() == "nothing in this canon changes from S4 to S5");
    }
}
