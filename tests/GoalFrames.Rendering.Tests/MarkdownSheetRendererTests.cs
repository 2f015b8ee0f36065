using GoalFrames.Canon;
using GoalFrames.Engine;
using GoalFrames.Rendering.Markdown;
using GoalFrames.Testing;

namespace GoalFrames.Rendering.Tests;

public sealed class MarkdownSheetRendererTests
{
    [Fact]
    public void Render_SeedProfile_MatchesGolden()
    {
        var canon = CanonLoader.LoadOrThrow(RepoPaths.SampleCanon);
        var sheet = new FrameEngine().Build(canon, canon.FindProfile("CLINIC1.CLINICAL3CD6.M5")!, FrameKinds.All);

        Golden.AssertMatches("markdown.clinops-m5-all.md", MarkdownSheetRenderer.Render(sheet));
    }

    [Theory]
    [InlineData("*bold*", "\\*bold\\*")]
    [InlineData("snake_case_name", "snake\\_case\\_name")]
    [InlineData("<b>x</b> & y", "\\<b\\>x\\</b\\> \\& y")]
    [InlineData("[link](http://x)", "\\[link\\](http://x)")]
    [InlineData("plain — text · ⟨target⟩ 🚀", "plain — text · ⟨target⟩ 🚀")]
    public void EscapeText_MarkdownCharacters_ShowAsThemselves(string text, string expected)
    {
        Assert.Equal(expected, MarkdownSheetRenderer.EscapeText(text));
    }
}
