using System.Security.Cryptography;
using System.Text;
using GoalFrames.Canon.Yaml;

namespace GoalFrames.Canon;

/// <summary>
/// Loads and validates a canon directory: <c>canon.yaml</c>, <c>levels.yaml</c> and <c>families/*.yaml</c>.
/// Every problem is reported at once, as <c>file:line:column: message</c>.
/// </summary>
public static class CanonLoader
{
    /// <summary>The largest canon file accepted, in bytes.</summary>
    public const long MaxFileBytes = 4L * 1024 * 1024;

    /// <summary>The header file name.</summary>
    public const string HeaderFile = "canon.yaml";

    /// <summary>The levels file name.</summary>
    public const string LevelsFile = "levels.yaml";

    /// <summary>The folder holding one file per family.</summary>
    public const string FamiliesFolder = "families";

    /// <summary>Loads a canon directory, collecting every problem.</summary>
    /// <param name="directory">The canon directory.</param>
    /// <returns>The canon when sound, and every problem found.</returns>
    public static CanonLoadResult Load(string directory)
    {
        var problems = new List<CanonProblem>();
        var notes = new List<CanonProblem>();
        var warnings = new List<CanonProblem>();
        if (CanonDirectoryCheck.Problem(directory) is { } wrongPlace)
        {
            problems.Add(wrongPlace);
            return new CanonLoadResult(null, problems, notes, warnings);
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var header = ReadFile(directory, HeaderFile, problems, warnings, hash);
        var (name, version, cycle) = header is null ? ("canon", "0", null) : CanonHeaderReader.Read(header.Value.Root, header.Value.Sink);

        var levelsFile = ReadFile(directory, LevelsFile, problems, warnings, hash);
        var levels = levelsFile is null ? [] : LevelsFileReader.Read(levelsFile.Value.Root, levelsFile.Value.Sink);
        var levelsByCode = levels.ToDictionary(l => l.Code, StringComparer.OrdinalIgnoreCase);

        var families = new List<FamilyFile>();
        var familiesDir = Path.Combine(directory, FamiliesFolder);
        var familyFiles = Directory.Exists(familiesDir)
            ? Directory.EnumerateFiles(familiesDir).Where(IsYaml).Order(StringComparer.Ordinal).ToList()
            : [];
        if (familyFiles.Count == 0)
        {
            problems.Add(new CanonProblem(FamiliesFolder, 0, 0, "no family files (families/*.yaml) found"));
        }

        foreach (var path in familyFiles)
        {
            var relative = Path.Combine(FamiliesFolder, Path.GetFileName(path));
            var read = ReadFile(directory, relative, problems, warnings, hash);
            if (read is not null && FamilyFileReader.Read(read.Value.Root, read.Value.Sink, levelsByCode) is { } family)
            {
                families.Add(family);
            }
        }

        CrossFileChecks(families, problems, notes);
        var fingerprint = Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
        Sort(problems);
        Sort(notes);
        Sort(warnings);
        if (problems.Count > 0)
        {
            return new CanonLoadResult(null, problems, notes, warnings);
        }

        var canon = new CanonSnapshot(name, version, fingerprint, levels, families.Select(f => f.Family), families.SelectMany(f => f.Profiles))
        {
            ReviewCycle = cycle,
        };
        return new CanonLoadResult(canon, problems, notes, warnings);
    }

    /// <summary>Loads a canon directory or throws <see cref="CanonLoadException"/> listing every problem.</summary>
    /// <param name="directory">The canon directory.</param>
    /// <returns>The canon.</returns>
    public static CanonSnapshot LoadOrThrow(string directory)
    {
        var result = Load(directory);
        return result.Canon ?? throw new CanonLoadException(result.Problems);
    }

    private static bool IsYaml(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static (YNode Root, ProblemSink Sink)? ReadFile(string directory, string relative, List<CanonProblem> problems, List<CanonProblem> warnings, IncrementalHash hash)
    {
        var sink = new ProblemSink(relative.Replace('\\', '/'), problems, warnings);
        var path = Path.Combine(directory, relative);
        if (!File.Exists(path))
        {
            sink.Add(0, 0, "the file is missing");
            return null;
        }

        var info = new FileInfo(path);
        if (info.Length > MaxFileBytes)
        {
            sink.Add(0, 0, $"the file is {info.Length:N0} bytes; the limit is {MaxFileBytes:N0}");
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException ex)
        {
            sink.Add(0, 0, "cannot read the file: " + ex.Message);
            return null;
        }

        hash.AppendData(Encoding.UTF8.GetBytes(sink.File + "\n"));
        hash.AppendData(bytes);
        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            sink.Add(0, 0, "the file is not valid UTF-8");
            return null;
        }

        var root = YamlTreeReader.Read(text, sink);
        return root is null ? null : (root, sink);
    }

    private static void CrossFileChecks(List<FamilyFile> families, List<CanonProblem> problems, List<CanonProblem> notes)
    {
        var familyCodes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var family in families.ToList())
        {
            var file = family.File;
            if (!familyCodes.TryAdd(family.Family.Code, file))
            {
                problems.Add(new CanonProblem(file, family.CodeNode.Line, family.CodeNode.Column,
                    $"family {family.Family.Code} is already defined in {familyCodes[family.Family.Code]}"));
                families.Remove(family);
            }
        }

        var focusKeys = families.SelectMany(f => f.Family.Focuses).Select(f => f.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var group in families.SelectMany(f => f.Aliases.Select(a => (File: f.File, a.Focus, a.Alias, a.Node))).GroupBy(a => a.Alias, StringComparer.OrdinalIgnoreCase))
        {
            var all = group.ToList();
            foreach (var shadow in all.Where(a => focusKeys.Contains(a.Alias) && !string.Equals(a.Alias, a.Focus.Code, StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add(new CanonProblem(shadow.File, shadow.Node.Line, shadow.Node.Column,
                    $"alias '{shadow.Alias}' is another focus's code; pick a different alias"));
            }

            if (all.Count > 1)
            {
                var first = all[0];
                notes.Add(new CanonProblem(first.File, first.Node.Line, first.Node.Column,
                    $"alias '{group.Key}' is shared by {string.Join(", ", all.Select(a => a.Focus.Key))}; people who type it will be asked to choose"));
            }
        }
    }

    private static void Sort(List<CanonProblem> list) =>
        list.Sort((a, b) =>
        {
            var byFile = string.CompareOrdinal(a.File, b.File);
            var byLine = a.Line.CompareTo(b.Line);
            return byFile != 0 ? byFile : byLine != 0 ? byLine : a.Column.CompareTo(b.Column);
        });
}
