namespace GoalFrames.Host.Hosting;

/// <summary>Decides which canon directory to serve: <c>--canon</c>, then <c>Canon:Path</c>, then the sample canon.</summary>
internal static class CanonLocation
{
    public const string ConfigKey = "Canon:Path";

    public static string Resolve(string? fromCommandLine, IConfiguration? configuration)
    {
        if (!string.IsNullOrWhiteSpace(fromCommandLine))
        {
            return Path.GetFullPath(fromCommandLine);
        }

        if (configuration?[ConfigKey] is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }

        var local = Path.Combine(Environment.CurrentDirectory, "canon");
        return File.Exists(Path.Combine(local, "canon.yaml")) ? local : Path.Combine(AppContext.BaseDirectory, "canon");
    }
}
