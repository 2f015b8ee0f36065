namespace GoalFrames.Benchmarks;

/// <summary>Finds the repository's sample canon from wherever BenchmarkDotNet runs the benchmark process.</summary>
internal static class BenchPaths
{
    public static string SampleCanon
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "GoalFrames.sln")))
                {
                    return Path.Combine(dir.FullName, "canon");
                }
            }

            var env = Environment.GetEnvironmentVariable("GOALFRAMES_CANON");
            return env ?? throw new InvalidOperationException("set GOALFRAMES_CANON to the canon directory");
        }
    }
}
