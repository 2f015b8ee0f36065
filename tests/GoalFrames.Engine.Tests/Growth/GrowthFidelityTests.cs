using GoalFrames.Canon;
using GoalFrames.Testing;

namespace GoalFrames.Engine.Tests.Growth;

/// <summary>
/// The promise for growth frames: for every ordered pair of levels of every focus of every canon given, every piece is
/// canon text at its cited address, catalogue text or a placeholder, the entries are exactly those the rules call
/// for, and every omission is in the ledger.
/// </summary>
public sealed class GrowthFidelityTests
{
    public static TheoryData<string> Canons() => ["sample", "growth", "NoRubricsNoDimensions", "NoCoreOutputs", "NothingAtAll", "MoreOutputsThanDimensions", "Nasty", "drift"];

    [Theory]
    [MemberData(nameof(Canons))]
    public void EveryOrderedPairOfLevels_OfEveryFocus_KeepsThePromise(string name)
    {
        using var dir = Create(name);
        var canon = CanonLoader.LoadOrThrow(dir?.Dir ?? RepoPaths.SampleCanon);
        var engine = new FrameEngine();
        var failures = new List<string>();
        var frames = 0;
        var entries = 0;

        foreach (var focus in canon.Families.SelectMany(f => f.Focuses))
        {
            foreach (var from in canon.Levels)
            {
                foreach (var to in canon.Levels.Where(l => l != from))
                {
                    var sheet = engine.BuildGrowth(canon, focus, from, to);
                    failures.AddRange(FidelityChecker.Check(canon, sheet));
                    failures.AddRange(GrowthRulesChecker.Check(canon, focus, from, to, sheet));
                    frames++;
                    entries += sheet.Sections.Sum(s => s.Items.Count());
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(5)));
        var levels = canon.Levels.Count;
        Assert.Equal(canon.Families.Sum(f => f.Focuses.Count) * levels * (levels - 1), frames);
        Assert.True(levels < 2 || entries > 0, "no entries were checked");
    }

    [Fact]
    public void WithManagerValues_EveryValueIsTheirs()
    {
        var canon = CanonLoader.LoadOrThrow(RepoPaths.SampleCanon);
        var values = new Dictionary<(string Item, string Slot), string>
        {
            [("growth/dimension/scope", "target")] = "leads <two> *functions*",
            [("growth/rubric/complexity", "date")] = "2027-06-30",
        };
        var focus = canon.FindFocuses("clinops").Single();

        var sheet = new FrameEngine().BuildGrowth(canon, focus, canon.FindLevel("M4")!, canon.FindLevel("M5")!, new GoalValues(values.Select(v => (v.Key.Item, v.Key.Slot, v.Value))));

        Assert.Empty(FidelityChecker.Check(canon, sheet, values));
        Assert.NotEmpty(FidelityChecker.Check(canon, sheet, new Dictionary<(string, string), string>()));
    }

    private static TempCanon? Create(string name) => name switch
    {
        "sample" => null,
        "growth" => GrowthCanons.Create(),
        "drift" => new TempCanon(DriftCanons.Before),
        _ => FidelityTests.Create(name),
    };
}
