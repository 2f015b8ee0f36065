using GoalFrames.Testing;

namespace GoalFrames.Canon.Tests;

/// <summary>What loads but would show nothing is a warning: the canon stays valid and <c>canon validate</c> says so.</summary>
public sealed class CanonWarningTests
{
    private static readonly string Family = TestFamily.Head + TestFamily.Profile("M5") + """
              - level: P2
                status: draft
                version: 1
                provenance: test
                rubrics:
                  complexity: Solves routine issues.
          - code: EMPTY
            name: Nothing yet
            description: A focus HR has not filled in.
        """;

    [Fact]
    public void Load_ProfileWithNoRows_IsAWarningAndTheCanonStaysValid()
    {
        using var dir = new TempCanon(Family);

        var result = CanonLoader.Load(dir.Dir);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal(
            ["families/family.yaml:16:9: profile CLINIC1.GEN.P2 would show nothing: it has no core_outputs and no responsibilities, and level P2 has no dimensions in levels.yaml; add rows under core_outputs or responsibilities, or remove the profile",
             "families/family.yaml:22:5: focus CLINIC1.EMPTY has no profiles, so nothing can be shown for it; add one under 'profiles'"],
            result.Warnings.Select(w => w.ToString()));
    }

    [Fact]
    public void Load_ProfileWithOnlyLevelDimensions_IsNoWarning()
    {
        using var dir = new TempCanon(Family.Replace("level: P2", "level: S1", StringComparison.Ordinal));

        var result = CanonLoader.Load(dir.Dir);

        Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("S1", StringComparison.Ordinal));
    }

    [Fact]
    public void Report_Warnings_ArePrintedAndTheExitCodeStaysZero()
    {
        using var dir = new TempCanon(Family);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = CanonReport.WriteValidation(CanonLoader.Load(dir.Dir), dir.Dir, output, error);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error.ToString());
        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("warning: families/family.yaml:16:9: profile CLINIC1.GEN.P2 would show nothing", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("warning: families/family.yaml:22:5: focus CLINIC1.EMPTY has no profiles", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("2 profiles, 2 warnings", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SampleCanon_HasNoWarnings()
    {
        Assert.Empty(CanonLoader.Load(RepoPaths.SampleCanon).Warnings);
    }
}
