using System.Text.Json;

namespace GoalFrames.Host.Tests;

/// <summary>
/// A command line that forgives and explains: every mistake exits 2 with what was wrong and what to type instead, on
/// stderr, and never starts the web host. (The real-process checks are in <see cref="CommandLineProcessTests"/>.)
/// </summary>
public sealed class CommandLineMistakesTests
{
    [Fact]
    public void MistypedVerb_SuggestsTheVerbWithTheRestOfTheLine()
    {
        var run = CommandLineRun.Invoke("goal", "clinops", "M5");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.StartsWith("error: there is no command 'goal'.\nDid you mean:\n  goalframes goals clinops M5\n", run.Error, StringComparison.Ordinal);
        Assert.Contains("Commands: serve, goals, canon, export, slack, teams, healthcheck.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ChatWordsWithoutAVerb_SayToPutGoalsFirst()
    {
        var run = CommandLineRun.Invoke("clinops", "M5", "smart");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Contains("error: there is no command 'clinops'.\nTo print goal templates, put 'goals' first:\n  goalframes goals clinops M5 smart\n", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("canon", "valdate", "goalframes canon validate")]
    [InlineData("slack", "manifests", "goalframes slack manifest")]
    [InlineData("teams", "pakage", "goalframes teams package")]
    public void MistypedSubcommand_SuggestsTheOneThatExists(string verb, string typo, string suggestion)
    {
        var run = CommandLineRun.Invoke(verb, typo);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"error: 'goalframes {verb}' has no command '{typo}'.\nDid you mean:\n  {suggestion}\n", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void VerbWithoutItsSubcommand_NamesIt()
    {
        var run = CommandLineRun.Invoke("canon");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: 'goalframes canon' needs one more word: 'goalframes canon validate' or 'goalframes canon import' or 'goalframes canon export' or 'goalframes canon report' or 'goalframes canon diff'.", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--fromat", "Did you mean --format?")]
    [InlineData("--canno", "Did you mean --canon?")]
    [InlineData("--jsn", "Did you mean --format json (or -f json)?")]
    [InlineData("--markdown", "Did you mean --format markdown (or -f markdown)?")]
    [InlineData("--colour", "Its options: --canon, --format, --help.")]
    public void UnknownOption_IsAnErrorWithTheNearestOptions(string option, string hint)
    {
        var run = CommandLineRun.Invoke("goals", "clinops", "M5", "smart", option);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Contains($"error: 'goalframes goals' has no option '{option}'.\n{hint}\n", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownOptionOfAnotherVerb_SuggestsItsOwnOptions()
    {
        var run = CommandLineRun.Invoke("slack", "manifest", "--ulr", "https://goals.example.org");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("has no option '--ulr'.\nDid you mean --url?\n", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void HostSettingsWithoutServe_SayToPutServeFirst()
    {
        var run = CommandLineRun.Invoke("--urls", "http://127.0.0.1:3978");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: '--urls' needs a command before it. Settings for the web host go after 'serve':\n  goalframes serve --urls http://127.0.0.1:3978\n", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ServeWithABareWord_IsRefusedRatherThanIgnored()
    {
        var run = CommandLineRun.Invoke("serve", "clinops");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: 'clinops' is not a setting; 'serve' takes settings as --Key value", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("html")]
    [InlineData("teams")]
    [InlineData("TXT2")]
    public void InvalidFormat_ListsEveryValidFormatAndNothingElse(string format)
    {
        var run = CommandLineRun.Invoke("goals", "clinops", "M5", "smart", "--format", format);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        var first = run.Error.Split('\n')[0];
        Assert.StartsWith($"error: '{format}' is not an output format. Use one of: ", first, StringComparison.Ordinal);
        foreach (var name in Enum.GetNames<GoalFrames.Host.Cli.OutputFormat>())
        {
            Assert.Contains(name.ToLowerInvariant(), first, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("GoalFrames.Host.Cli", run.Error, StringComparison.Ordinal);
        Assert.Contains("the Teams card", first, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatWithoutAValue_ListsTheFormats()
    {
        var run = CommandLineRun.Invoke("goals", "clinops", "M5", "smart", "--format");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: --format needs a value. Use one of: text (or txt): ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void RequiredOptionMissing_SaysWhichAndWhereToReadMore()
    {
        var run = CommandLineRun.Invoke("teams", "package");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: --app-id is required: The Microsoft App ID", run.Error, StringComparison.Ordinal);
        Assert.EndsWith("'goalframes teams package --help' shows what it takes.\n", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--format", "md")]
    [InlineData("-f", "markdown")]
    [InlineData("-f", "MD")]
    public void MarkdownByItsShortName_AndFormatByItsShortOption_Work(string option, string value)
    {
        var run = CommandLineRun.Invoke("goals", "clinops", "M5", "all", option, value);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(CommandLineRun.Invoke("goals", "clinops", "M5", "all", "--format", "markdown").Output, run.Output);
        Assert.StartsWith("# Goal templates", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-f", "json")]
    [InlineData("--json", null)]
    public void JsonByShortOptionOrFlag_IsTheSheetJson(string option, string? value)
    {
        string[] args = value is null ? ["goals", "clinops", "M5", "okr", option] : ["goals", "clinops", "M5", "okr", option, value];

        var run = CommandLineRun.Invoke(args);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(CommandLineRun.Invoke("goals", "clinops", "M5", "okr", "--format", "json").Output, run.Output);
        using var sheet = JsonDocument.Parse(run.Output);
        Assert.Equal("okr", sheet.RootElement.GetProperty("sections")[0].GetProperty("framework").GetString());
    }

    [Fact]
    public void JsonFlagWithAnotherFormat_AsksForOne()
    {
        var run = CommandLineRun.Invoke("goals", "clinops", "M5", "okr", "--json", "--format", "markdown");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Contains("error: --json and --format markdown ask for two formats; give one.", run.Error, StringComparison.Ordinal);
    }
}
