using GoalFrames.Canon;
using GoalFrames.Testing;

namespace GoalFrames.Engine.Tests;

public sealed class FidelityTests
{
    public static TheoryData<string> HurtingCanonNames() => ["NoRubricsNoDimensions", "NoCoreOutputs", "NothingAtAll", "MoreOutputsThanDimensions", "Nasty"];

    [Fact]
    public void EveryProfileOfTheSampleCanon_EveryFramework_IsCanonCatalogueOrPlaceholder()
    {
        var canon = CanonLoader.LoadOrThrow(RepoPaths.SampleCanon);
        var engine = new FrameEngine();
        var checkedPieces = 0;

        foreach (var profile in canon.Profiles)
        {
            var sheet = engine.Build(canon, profile, FrameKinds.All);
            Assert.Empty(FidelityChecker.Check(canon, sheet));
            checkedPieces += sheet.Lines.Sum(l => l.Pieces.Count);
        }

        Assert.True(canon.Profiles.Count >= 19, $"only {canon.Profiles.Count} profiles");
        Assert.True(checkedPieces > 1000, $"only {checkedPieces} pieces checked");
    }

    [Theory]
    [MemberData(nameof(HurtingCanonNames))]
    public void EveryHurtingCanon_EveryFramework_IsCanonCatalogueOrPlaceholder(string name)
    {
        using var dir = Create(name);
        var canon = CanonLoader.LoadOrThrow(dir.Dir);
        var engine = new FrameEngine();

        foreach (var profile in canon.Profiles)
        {
            foreach (var kinds in FrameKinds.All.Select(k => new[] { k }).Append([.. FrameKinds.All]))
            {
                var sheet = engine.Build(canon, profile, kinds);
                Assert.Empty(FidelityChecker.Check(canon, sheet));
                Assert.All(kinds.Where(k => sheet.Section(k) is null), missing => Assert.Contains(sheet.Omissions, o => o.Kind == missing));
            }
        }
    }

    [Fact]
    public void NastyText_ComesThroughVerbatim()
    {
        using var dir = HurtingCanons.Nasty();
        var canon = CanonLoader.LoadOrThrow(dir.Dir);
        var profile = Assert.Single(canon.Profiles);

        var sheet = new FrameEngine().Build(canon, profile, FrameKinds.All);

        var headlines = sheet.Section(FrameKind.Smart)!.Items.Select(i => i.Headline.Text).ToList();
        Assert.Equal(HurtingCanons.NastyTexts, headlines);
        Assert.Equal("Goal templates \u2014 Chief <Trial> & \"Data\" *Officer* 🚀", sheet.Title.Text);
    }

    [Fact]
    public void ManagerValues_AreCheckedAsTheirs()
    {
        var canon = CanonLoader.LoadOrThrow(RepoPaths.SampleCanon);
        var profile = canon.FindProfile("CLINIC1.CLINICAL3CD6.M5")!;
        var values = new Dictionary<(string Item, string Slot), string>
        {
            [("smart/dept-head", "baseline")] = "3 vendors",
            [("smart/dept-head", "date")] = "2027-03-31",
            [("okr/vendor-lead", "kr2.target")] = "*all* <vendors> & \"more\"",
        };

        var sheet = new FrameEngine().Build(canon, profile, FrameKinds.All, new GoalValues(values.Select(v => (v.Key.Item, v.Key.Slot, v.Value))));

        Assert.Empty(FidelityChecker.Check(canon, sheet, values));
        Assert.NotEmpty(FidelityChecker.Check(canon, sheet, new Dictionary<(string, string), string>()));
    }

    internal static TempCanon Create(string name) => name switch
    {
        "NoRubricsNoDimensions" => HurtingCanons.NoRubricsNoDimensions(),
        "NoCoreOutputs" => HurtingCanons.NoCoreOutputs(),
        "NothingAtAll" => HurtingCanons.NothingAtAll(),
        "MoreOutputsThanDimensions" => HurtingCanons.MoreOutputsThanDimensions(),
        "Nasty" => HurtingCanons.Nasty(),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}
