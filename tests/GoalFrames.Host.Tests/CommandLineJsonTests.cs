using System.Text.Json;
using GoalFrames.Canon;
using GoalFrames.Testing;

namespace GoalFrames.Host.Tests;

/// <summary>JSON for every <c>goals</c> reply that prints data, with commands in the words people type.</summary>
public sealed class CommandLineJsonTests
{
    private static readonly CanonSnapshot Canon = CanonLoader.LoadOrThrow(RepoPaths.SampleCanon);

    [Fact]
    public void List_Json_HasEveryFocusWithAliasesAndACommandThatWorks()
    {
        var run = CommandLineRun.Invoke("goals", "list", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var focuses = json.RootElement.GetProperty("families").EnumerateArray().SelectMany(f => f.GetProperty("focuses").EnumerateArray()).ToList();
        Assert.Equal(Canon.Families.SelectMany(f => f.Focuses).Select(f => f.Key), focuses.Select(f => f.GetProperty("key").GetString()));
        var clinops = focuses.Single(f => f.GetProperty("key").GetString() == "CLINIC1.CLINICAL3CD6");
        Assert.Equal(["clinops", "clinical-operations"], clinops.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        foreach (var focus in focuses)
        {
            var command = focus.GetProperty("command").GetString()!;
            Assert.Equal(0, CommandLineRun.Invoke(command.Split(' ')).ExitCode);
        }
    }

    [Fact]
    public void FocusLevels_Json_HasEveryLevelWithItsTitleAndAnAliasCommand()
    {
        var run = CommandLineRun.Invoke("goals", "clinops", "-f", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("Clinical Trials Operations", json.RootElement.GetProperty("focus").GetProperty("name").GetString());
        var levels = json.RootElement.GetProperty("levels").EnumerateArray().ToList();
        var focus = Assert.Single(Canon.FindFocuses("clinops"));
        Assert.Equal(Canon.ProfilesOf(focus).Select(p => p.Level.Code), levels.Select(l => l.GetProperty("code").GetString()));
        var m5 = levels.Single(l => l.GetProperty("code").GetString() == "M5");
        Assert.Equal("Senior Director", m5.GetProperty("title").GetString());
        Assert.Equal("goals clinops M5", m5.GetProperty("command").GetString());
        Assert.All(levels, l => Assert.DoesNotContain("CLINIC1", l.GetProperty("command").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Help_Json_HasTheUsageAndExamplesThatWork()
    {
        var run = CommandLineRun.Invoke("goals", "help", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.StartsWith("goals [@person] <focus>", json.RootElement.GetProperty("usage").GetString(), StringComparison.Ordinal);
        var examples = json.RootElement.GetProperty("examples").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.NotEmpty(examples);
        Assert.All(examples, e => Assert.Equal(0, CommandLineRun.Invoke(e.Split(' ')).ExitCode));
    }

    [Fact]
    public void Overview_Json_IsTheWholeSheet()
    {
        var run = CommandLineRun.Invoke("goals", "clinops", "M5", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("CLINIC1.CLINICAL3CD6.M5", json.RootElement.GetProperty("profileId").GetString());
        Assert.Equal(["smart", "okr", "mbo", "scorecard"], json.RootElement.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("framework").GetString()));
    }

    [Fact]
    public void LeftOutFramework_Json_IsTheSheetWithItsOmissionsAndExitsThree()
    {
        var run = CommandLineRun.Invoke("goals", "agile", "P1", "smart", "--format", "json");

        Assert.Equal(3, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(0, json.RootElement.GetProperty("sections").GetArrayLength());
        Assert.Equal("smart", json.RootElement.GetProperty("omissions")[0].GetProperty("framework").GetString());
        Assert.Contains("It has ", run.Error, StringComparison.Ordinal);
    }
}
