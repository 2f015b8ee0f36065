namespace GoalFrames.Canon;

/// <summary>Tells HR, before anything is read, when the path given is not a canon directory at all.</summary>
internal static class CanonDirectoryCheck
{
    private const string WhatItHolds = "the canon directory that holds canon.yaml, levels.yaml and families/";

    /// <summary>The problem with <paramref name="path"/> as a canon directory, or null when it is a directory.</summary>
    public static CanonProblem? Problem(string path)
    {
        if (Directory.Exists(path))
        {
            return null;
        }

        if (File.Exists(path))
        {
            var parent = Path.GetDirectoryName(path) is { Length: > 0 } folder ? folder : ".";
            var hint = File.Exists(Path.Combine(parent, CanonLoader.HeaderFile))
                ? $" (here: {parent})"
                : string.Empty;
            return Whole($"{path} is a file; give {WhatItHolds}{hint}");
        }

        return Whole($"{path} does not exist; give {WhatItHolds}");
    }

    private static CanonProblem Whole(string message) => new(string.Empty, 0, 0, message);
}
