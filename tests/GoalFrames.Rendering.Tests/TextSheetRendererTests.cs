using GoalFrames.Canon;
using GoalFrames.Engine;
using GoalFrames.Engine.Sheets;
using GoalFrames.Rendering.PlainText;
using GoalFrames.Testing;

namespace GoalFrames.Rendering.Tests;

public sealed class TextSheetRendererTests
{
    private static readonly CanonSnapshot Canon = CanonLoader.LoadOrThrow(RepoPaths.SampleCanon);

    [Theory]
    [InlineData(FrameKind.Smart)]
    [InlineData(FrameKind.Okr)]
    [InlineData(FrameKind.Mbo)]
    [InlineData(FrameKind.Scorecard)]
    public void RenderSection_SeedProfile_IsByteIdenticalToTheSeedBlock(FrameKind kind)
    {
        var sheet = Build("CLINIC1.CLINICAL3CD6.M5", kind);

        var text = TextSheetRenderer.RenderSection(Assert.Single(sheet.Sections));

        Golden.AssertMatches($"text.clinops-m5-{kind.Keyword()}.txt", text);
    }

    [Fact]
    public void GoldenFiles_AreTheSeedBlocksVerbatim()
    {
        var seedFile = Path.Combine(RepoPaths.Shared, "seeds", "003_a791092ece74fe19.txt");
        if (!File.Exists(seedFile))
        {
            Assert.Skip($"{seedFile} is not beside this clone; the golden files are the seed blocks as committed, checked against the seed only where it is");
        }

        var seed = File.ReadAllText(seedFile);

        foreach (var kind in FrameKinds.All)
        {
            var golden = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "GoalFrames.Rendering.Tests", "Golden", $"text.clinops-m5-{kind.Keyword()}.txt"));
            Assert.Contains("Copy / print as textshow \u25BE\n" + golden.TrimEnd('\n'), seed, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_WholeSheet_HasHeadingsIntrosAndEveryBlock()
    {
        var sheet = Build("CLINIC1.CLINICAL3CD6.M5", [.. FrameKinds.All]);

        var text = TextSheetRenderer.Render(sheet);

        Golden.AssertMatches("text.clinops-m5-all.txt", text);
        foreach (var section in sheet.Sections)
        {
            Assert.Contains(section.Heading.Text + "\n\n" + section.Intro.Text + "\n\n" + TextSheetRenderer.RenderSection(section), text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_GeneralProfile_SaysWhatWasLeftOutAndWhy()
    {
        var sheet = Build("AGILE1.GEN.P1", [.. FrameKinds.All]);

        var text = TextSheetRenderer.Render(sheet);

        Assert.StartsWith("Goal templates \u2014 Entry Scrum Master/Coach\n", text, StringComparison.Ordinal);
        Assert.Contains("\nLeft out\n  - SMART goals left out: this profile has no core outputs (core_outputs)\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\nSMART goals\n", text, StringComparison.Ordinal);
        Assert.Contains("[source: responsibility (component)]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderSection_FilledValues_ReplaceThePlaceholders()
    {
        var profile = Canon.FindProfile("CLINIC1.CLINICAL3CD6.M5")!;
        var values = new GoalValues([("mbo/dept-head", "target", "4 CRO reviews"), ("mbo/dept-head", "date", "2027-06-30")]);
        var sheet = new FrameEngine().Build(Canon, profile, [FrameKind.Mbo], values);

        var text = TextSheetRenderer.RenderSection(sheet.Sections[0]);

        Assert.Contains("   Target:   4 CRO reviews   Due: 2027-06-30\n\n2. Area:", text, StringComparison.Ordinal);
        Assert.Contains("   Target:   \u27E8target\u27E9   Due: \u27E8date\u27E9\n", text, StringComparison.Ordinal);
    }

    private static GoalSheet Build(string id, params FrameKind[] kinds) => new FrameEngine().Build(Canon, Canon.FindProfile(id)!, kinds);
}
