using GoalFrames.Testing;

namespace GoalFrames.Host.Tests;

/// <summary>The README's <c>goalframes …</c> lines run as written (the real binary, from a folder beside a canon).</summary>
public sealed class CommandLineReadmeTests
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";

    [Fact]
    public async Task Readme_EveryGoalframesCommand_RunsAsWrittenAndExitsZero()
    {
        var lines = ReadmeCommands().Where(l => !l.StartsWith("goalframes serve", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(lines);
        var scratch = Directory.CreateTempSubdirectory("goalframes-readme-");
        try
        {
            Directory.CreateSymbolicLink(Path.Combine(scratch.FullName, "canon"), RepoPaths.SampleCanon);
            foreach (var line in lines)
            {
                var info = HostProcess.StartInfo([.. line.Replace("<GUID>", AppId, StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)]);
                info.WorkingDirectory = scratch.FullName;
                var run = await CommandLineProcess.RunAsync(info, TimeSpan.FromMinutes(1));

                Assert.True(run.ExitCode == 0, $"'{line}' exited with {run.ExitCode}:\n{run.Error}");
                Assert.NotEqual(string.Empty, run.Output);
            }
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    /// <summary>Lines of the README's code blocks that start with <c>goalframes</c>, without their comments.</summary>
    private static IEnumerable<string> ReadmeCommands()
    {
        var inCode = false;
        foreach (var line in File.ReadLines(Path.Combine(RepoPaths.Root, "README.md")))
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inCode = !inCode;
            }
            else if (inCode && line.StartsWith("goalframes ", StringComparison.Ordinal))
            {
                var comment = line.IndexOf(" #", StringComparison.Ordinal);
                yield return (comment < 0 ? line : line[..comment]).Trim();
            }
        }
    }
}
