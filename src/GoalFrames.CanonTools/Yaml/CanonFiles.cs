using System.Text;

namespace GoalFrames.CanonTools.Yaml;

/// <summary>The YAML files of a canon, as written, with the book element each line came from.</summary>
internal sealed class CanonFiles
{
    private readonly Dictionary<string, StringBuilder> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string?>> _lines = new(StringComparer.Ordinal);

    /// <summary>Relative path (<c>families/x.yaml</c>) → content.</summary>
    public IEnumerable<KeyValuePair<string, string>> Files => _files.Select(f => KeyValuePair.Create(f.Key, f.Value.ToString()));

    public void Line(string file, string text, string? path)
    {
        if (!_files.TryGetValue(file, out var builder))
        {
            _files[file] = builder = new StringBuilder();
            _lines[file] = [];
        }

        builder.Append(text).Append('\n');
        _lines[file].Add(path);
    }

    /// <summary>The book element behind a line (1-based), or the nearest one above it.</summary>
    public string? PathAt(string file, int line)
    {
        if (!_lines.TryGetValue(file, out var lines))
        {
            return null;
        }

        for (var i = Math.Min(line, lines.Count) - 1; i >= 0; i--)
        {
            if (lines[i] is { } path)
            {
                return path;
            }
        }

        return null;
    }

    /// <summary>Writes every file under a directory (creating <c>families/</c>).</summary>
    public void WriteTo(string directory)
    {
        foreach (var (file, text) in Files)
        {
            var path = Path.Combine(directory, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
    }
}
