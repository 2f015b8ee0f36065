using GoalFrames.Testing;

namespace GoalFrames.Canon.Tests;

/// <summary>A path that is not a canon directory gets one plain sentence: what it is, and what to give instead.</summary>
public sealed class CanonDirectoryTests
{
    [Fact]
    public void Load_PathIsAFileInTheCanon_SaysItIsAFileAndNamesTheDirectory()
    {
        using var dir = new TempCanon(TestFamily.Head + TestFamily.Profile("M5"));
        var levels = Path.Combine(dir.Dir, "levels.yaml");

        var problem = Assert.Single(CanonLoader.Load(levels).Problems);

        Assert.Equal(
            $"{levels} is a file; give the canon directory that holds canon.yaml, levels.yaml and families/ (here: {dir.Dir})",
            problem.ToString());
    }

    [Fact]
    public void Load_MissingDirectory_IsOneSentenceWithoutAPosition()
    {
        var missing = Path.Combine(Path.GetTempPath(), "goalframes-nope-" + Guid.NewGuid().ToString("N"));

        var problem = Assert.Single(CanonLoader.Load(missing).Problems);

        Assert.Equal($"{missing} does not exist; give the canon directory that holds canon.yaml, levels.yaml and families/", problem.ToString());
    }

    [Fact]
    public void Report_MissingDirectory_PrintsTheSentenceAndNothingAfterIt()
    {
        var missing = Path.Combine(Path.GetTempPath(), "goalframes-nope-" + Guid.NewGuid().ToString("N"));
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = CanonReport.WriteValidation(CanonLoader.Load(missing), missing, output, error);

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output.ToString());
        Assert.Equal([$"{missing} does not exist; give the canon directory that holds canon.yaml, levels.yaml and families/"], Lines(error));
    }

    [Fact]
    public void Report_ProblemsInFiles_EndWithHowManyAndWhatToDo()
    {
        using var dir = new TempCanon(TestFamily.Head.Replace("code: GEN", "code: gen", StringComparison.Ordinal) + TestFamily.Profile("M5"));
        using var error = new StringWriter();

        CanonReport.WriteProblems(CanonLoader.Load(dir.Dir), dir.Dir, error);

        Assert.Equal(
            ["families/family.yaml:5:11: focus code 'gen' must be upper-case letters and digits, starting with a letter (e.g. CLINIC1)",
             $"1 problem in {dir.Dir}; fix it and run the command again"],
            Lines(error));
    }

    private static string[] Lines(StringWriter writer) =>
        writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
}
