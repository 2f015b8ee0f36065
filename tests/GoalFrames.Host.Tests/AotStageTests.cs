using System.Text.RegularExpressions;
using GoalFrames.Testing;

namespace GoalFrames.Host.Tests;

/// <summary>
/// test.sh's Native AOT stage runs, against the shipped binary, every test class that starts a host: a class that
/// starts one through <see cref="TestHost"/> runs it in this process otherwise, and would never meet the binary.
/// </summary>
public sealed partial class AotStageTests
{
    [Fact]
    public void EveryClassThatStartsAHost_IsListedInTheAotStage()
    {
        var listed = Word().Matches(AotClasses().Match(File.ReadAllText(Path.Combine(RepoPaths.Root, "test.sh"))).Groups[1].Value).Select(m => m.Value).ToList();
        var starting = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "tests", "GoalFrames.Host.Tests"), "*Tests.cs")
            .Where(file => StartsAHost().IsMatch(File.ReadAllText(file)))
            .Select(Path.GetFileNameWithoutExtension)
            .ToList();

        Assert.NotEmpty(starting);
        Assert.All(starting, name => Assert.Contains(name, listed));
    }

    [GeneratedRegex(@"^aot_classes=\(([^)]*)\)", RegexOptions.Multiline)]
    private static partial Regex AotClasses();

    [GeneratedRegex(@"\b(TestHost|HostProcess)\.(StartAsync|StartWithoutFileOverridesAsync)\(")]
    private static partial Regex StartsAHost();

    [GeneratedRegex("[A-Za-z]+")]
    private static partial Regex Word();
}
