namespace GoalFrames.Testing;

/// <summary>Where the repository, its sample canon and the shared documents are.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string SampleCanon => Path.Combine(Root, "canon");

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GoalFrames.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("GoalFrames.sln not found above " + AppContext.BaseDirectory);
    }
}
