using System.Runtime.CompilerServices;

namespace GoalFrames.Rendering.Tests;

/// <summary>Compares output with a file under Golden/; GOALFRAMES_UPDATE_GOLDEN=1 rewrites the file instead.</summary>
internal static class Golden
{
    public static void AssertMatches(string name, string actual, [CallerFilePath] string callerPath = "")
    {
        var path = Path.Combine(GoldenDirectory(callerPath), name);
        if (Environment.GetEnvironmentVariable("GOALFRAMES_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"golden file {path} is missing; run with GOALFRAMES_UPDATE_GOLDEN=1 and review it");
        var expected = File.ReadAllText(path);
        if (expected != actual)
        {
            var at = Enumerable.Range(0, Math.Min(expected.Length, actual.Length)).FirstOrDefault(i => expected[i] != actual[i], Math.Min(expected.Length, actual.Length));
            var line = expected[..Math.Min(at, expected.Length)].Count(c => c == '\n') + 1;
            Assert.Fail($"{name} differs from the golden file at line {line}:\n expected: {Around(expected, at)}\n actual:   {Around(actual, at)}");
        }
    }

    /// <summary>The Golden folder beside the calling test file, or beside the nearest folder above it that has one.</summary>
    private static string GoldenDirectory(string callerPath)
    {
        for (var dir = Path.GetDirectoryName(callerPath); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (Directory.Exists(Path.Combine(dir, "Golden")))
            {
                return Path.Combine(dir, "Golden");
            }
        }

        throw new DirectoryNotFoundException($"no Golden folder above {callerPath}");
    }

    private static string Around(string text, int at)
    {
        var start = Math.Max(0, at - 30);
        var end = Math.Min(text.Length, at + 50);
        return text[start..end].Replace("\n", "\\n", StringComparison.Ordinal);
    }
}
