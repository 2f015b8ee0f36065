namespace GoalFrames.CanonTools.Tests;

/// <summary>Compares the YAML files of two canon directories byte for byte.</summary>
internal static class CanonFilesAssert
{
    public static void Identical(string expected, string actual)
    {
        var left = YamlFiles(expected);
        var right = YamlFiles(actual);
        Assert.Equal(left, right);
        foreach (var file in left)
        {
            var a = File.ReadAllBytes(Path.Combine(expected, file));
            var b = File.ReadAllBytes(Path.Combine(actual, file));
            Assert.True(a.AsSpan().SequenceEqual(b), $"{file} differs:\n--- expected\n{System.Text.Encoding.UTF8.GetString(a)}\n--- actual\n{System.Text.Encoding.UTF8.GetString(b)}");
        }
    }

    private static List<string> YamlFiles(string directory) =>
        [.. Directory.EnumerateFiles(directory, "*.yaml", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "schema" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(directory, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
}
