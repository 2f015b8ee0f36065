using System.Diagnostics;
using GoalFrames.Canon;
using GoalFrames.Engine;
using GoalFrames.Testing;

namespace GoalFrames.Host.Tests;

public sealed class CommandLineTests
{
    private static string GoldenText(string kind) =>
        File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "GoalFrames.Rendering.Tests", "Golden", $"text.clinops-m5-{kind}.txt"));

    [Theory]
    [InlineData("smart")]
    [InlineData("okr")]
    [InlineData("mbo")]
    [InlineData("scorecard")]
    public void Goals_SeedProfile_PrintsTheSeedBlock(string kind)
    {
        var run = CommandLineRun.Invoke("goals", "clinops", "M5", kind);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(GoldenText(kind), run.Output);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void Goals_ByProfileIdAndAllTheWaysOfTyping_GiveTheSameBlock()
    {
        var expected = GoldenText("okr");

        Assert.Equal(expected, CommandLineRun.Invoke("goals", "CLINIC1.CLINICAL3CD6.M5", "okr").Output);
        Assert.Equal(expected, CommandLineRun.Invoke("goals", "CLINOPS", "m5", "OKR").Output);
        Assert.Equal(expected, CommandLineRun.Invoke("goals", "M5", "clinops", "okr").Output);
    }

    [Fact]
    public void Goals_Typo_ExitsTwoWithRankedSuggestions()
    {
        var run = CommandLineRun.Invoke("goals", "clinpos", "M5", "smart");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Contains("no focus is called 'clinpos'", run.Error, StringComparison.Ordinal);
        Assert.Contains("Did you mean:\n  clinops  (Clinical Trials Operations)\n", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Goals_UnknownLevel_ListsTheLevelsThatExist()
    {
        var run = CommandLineRun.Invoke("goals", "clinops", "M9", "smart");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("there is no level 'M9'. Levels of Clinical Trials Operations: P1, P2, P3, P4, P5, P6, M1, M2, M3, M4, M5", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Goals_SharedAlias_ListsTheFocusesToChooseFrom()
    {
        var run = CommandLineRun.Invoke("goals", "trials-data", "M3", "smart");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'trials-data' names several focuses; pick one:", run.Error, StringComparison.Ordinal);
        Assert.Contains("\n  cdm  (Clinical Data Management, CLINDATA1.CDM)\n", run.Error, StringComparison.Ordinal);
        Assert.Contains("\n  biostat  (Biostatistics, CLINDATA1.BIOSTAT)\n", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Goals_TypoNearAnInternalCode_SuggestsTheAliasNotTheCode()
    {
        var run = CommandLineRun.Invoke("goals", "cdn", "M3");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Did you mean:\n  cdm  (Clinical Data Management)\n", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("CDM ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Goals_ProfileIdTypo_SuggestsTheAliasAndLevel()
    {
        var run = CommandLineRun.Invoke("goals", "CLINIC1.CLINICAL3CD.M5", "smart");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Did you mean:\n  clinops M5  (Clinical Trials Operations \u2014 M5 Senior Director)\n", run.Error, StringComparison.Ordinal);
        var suggested = run.Error.Split('\n')[2].Trim().Split("  (")[0];
        Assert.Equal(GoldenText("smart"), CommandLineRun.Invoke(["goals", .. suggested.Split(' '), "smart"]).Output);
    }

    [Fact]
    public void Goals_Overview_NextHintIsACommandInAliasesThatWorks()
    {
        var run = CommandLineRun.Invoke("goals", "CLINIC1.CLINICAL3CD6.M5");

        Assert.Equal(0, run.ExitCode);
        var next = run.Output.Split('\n').Single(l => l.StartsWith("Next: ", StringComparison.Ordinal));
        Assert.Equal("Next: goals clinops M5 <smart|okr|mbo|scorecard|all>", next);
        Assert.Equal(GoldenText("mbo"), CommandLineRun.Invoke("goals", "clinops", "M5", "mbo").Output);
    }

    [Theory]
    [InlineData("senior", "director")]
    [InlineData("Senior", "Director")]
    public void Goals_LevelByTitle_PrintsTheSameBlockAsByCode(string first, string second)
    {
        var run = CommandLineRun.Invoke("goals", "clinops", first, second, "smart");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(GoldenText("smart"), run.Output);
    }

    [Fact]
    public void Goals_LevelByATitleTheFocusLacks_NamesTheLevelAndListsTheOnesItHas()
    {
        var run = CommandLineRun.Invoke("goals", "clinops", "vice", "president");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Clinical Trials Operations has no M6 (Vice President) profile. Levels of Clinical Trials Operations: P1,", run.Error, StringComparison.Ordinal);
        Assert.Contains("'goals clinops' lists them with their titles", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Goals_SmallTalk_PrintsTheHelp()
    {
        var hi = CommandLineRun.Invoke("goals", "hi");

        Assert.Equal(0, hi.ExitCode);
        Assert.Equal(CommandLineRun.Invoke("goals", "help").Output, hi.Output);
        Assert.StartsWith("GoalFrames: canon-derived goal templates", hi.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Goals_FormatJsonAndMarkdown_PrintThoseFormats()
    {
        var json = CommandLineRun.Invoke("goals", "clinops", "M5", "smart", "--format", "json");
        var markdown = CommandLineRun.Invoke("goals", "clinops", "M5", "all", "--format", "markdown");

        Assert.Equal(0, json.ExitCode);
        using var document = System.Text.Json.JsonDocument.Parse(json.Output);
        Assert.Equal("smart", document.RootElement.GetProperty("sections")[0].GetProperty("framework").GetString());
        Assert.StartsWith("# Goal templates \u2014 Clinical Trials Operations \u2014 M5\n", markdown.Output, StringComparison.Ordinal);
        Assert.Contains("## Scorecard", markdown.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Goals_OmittedFramework_SaysWhyAndWhichFrameworksTheProfileHasAndExitsThree()
    {
        var canon = CanonLoader.LoadOrThrow(RepoPaths.SampleCanon);
        var has = new FrameEngine().Build(canon, canon.FindProfile("AGILE1.GEN.P1")!, FrameKinds.All).Sections.Select(s => s.Kind.Keyword()).ToList();

        var run = CommandLineRun.Invoke("goals", "agile", "P1", "smart");

        Assert.Equal(3, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Contains("note: SMART goals left out: this profile has no core outputs (core_outputs)", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("smart", has);
        Assert.Contains($"error: nothing to print: agile P1 has no smart rows in the canon. It has {string.Join(", ", has)}: e.g. 'goals agile P1 {has[0]}'", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, CommandLineRun.Invoke("goals", "agile", "P1", has[0]).ExitCode);
    }

    [Fact]
    public void Goals_ListAndFocus_ShowWhatExists()
    {
        var list = CommandLineRun.Invoke("goals", "list");
        var focus = CommandLineRun.Invoke("goals", "clinops");

        Assert.Contains("Clinical Trials Operations (CLINIC1.CLINICAL3CD6)  aliases: clinops", list.Output, StringComparison.Ordinal);
        Assert.Contains("  M5   Senior Director\n", focus.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void CanonValidate_SampleCanon_ExitsZero()
    {
        var run = CommandLineRun.Invoke("canon", "validate", RepoPaths.SampleCanon);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("ok: ", run.Output, StringComparison.Ordinal);
        Assert.Contains("note: families/clinical-data.yaml", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void CanonValidate_BrokenCanon_ListsEveryProblemWithPosition()
    {
        using var dir = new TempCanon("family:\n  code: x1\n  name: X\nfocuses:\n  - code: GEN\n    name: General\n    descripton: typo\n");

        var run = CommandLineRun.Invoke("canon", "validate", dir.Dir);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("families/family.yaml:2:9: 'code' in family 'x1' must be upper-case letters and digits", run.Error, StringComparison.Ordinal);
        Assert.Contains("families/family.yaml:7:5: unknown key 'descripton' in a focus; did you mean 'description'?", run.Error, StringComparison.Ordinal);
        Assert.Contains("families/family.yaml:5:5: a focus is missing 'description'", run.Error, StringComparison.Ordinal);
        Assert.Contains("3 problems in", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Goals_CanonOption_ServesAnotherCanon()
    {
        using var dir = new TempCanon("""
            family:
              code: OTHER1
              name: Other
            focuses:
              - code: GEN
                name: General
                description: Other things.
                aliases: [other]
                profiles:
                  - level: P2
                    status: draft
                    version: 1
                    provenance: test
                    core_outputs:
                      - id: one
                        text: Does the one thing
            """);

        var run = CommandLineRun.Invoke("goals", "other", "P2", "smart", "--canon", dir.Dir);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("1. Does the one thing  [source: JFM responsibility (P2)]\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Goals_RealProcess_WritesUtf8BytesIdenticalToTheSeed()
    {
        using var process = Process.Start(HostProcess.StartInfo("goals", "clinops", "M5", "scorecard"))!;
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, process.ExitCode);
        Assert.Equal(GoldenText("scorecard"), output);
    }

    [Fact]
    public async Task Goals_CanonPathFromEnvironment_IsUsed()
    {
        using var dir = new TempCanon("""
            family:
              code: ENV1
              name: From the environment
            focuses:
              - code: GEN
                name: General
                description: Configured through Canon__Path.
                aliases: [envfocus]
                profiles:
                  - level: P2
                    status: draft
                    version: 1
                    provenance: test
                    core_outputs:
                      - id: one
                        text: Reads its canon from configuration
            """);
        var info = HostProcess.StartInfo("goals", "envfocus", "P2", "smart");
        info.Environment["Canon__Path"] = dir.Dir;

        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, process.ExitCode);
        Assert.StartsWith("1. Reads its canon from configuration  [source: JFM responsibility (P2)]", output, StringComparison.Ordinal);
    }
}
