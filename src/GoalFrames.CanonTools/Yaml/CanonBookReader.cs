using System.Globalization;
using GoalFrames.Canon;
using GoalFrames.CanonTools.Book;
using YamlDotNet.RepresentationModel;

namespace GoalFrames.CanonTools.Yaml;

/// <summary>
/// Reads a canon directory into a <see cref="CanonBook"/>, keeping file order and comments. The canon is loaded and
/// validated by <see cref="CanonLoader"/> first, so this only walks YAML that is already known to be sound.
/// </summary>
public static class CanonBookReader
{
    /// <summary>Validates and reads a canon directory.</summary>
    /// <param name="directory">The canon directory.</param>
    /// <returns>The book, or the loader's problems; notes list comments the book cannot keep.</returns>
    public static BookReadResult Read(string directory)
    {
        var loaded = CanonLoader.Load(directory);
        return loaded.IsValid ? new BookReadResult(Walk(directory, out var lost), loaded, lost) : new BookReadResult(null, loaded, []);
    }

    /// <summary>
    /// Reads a canon directory without validating it first (the import's previous canon, only for its row ids):
    /// null when the files cannot be walked as a canon.
    /// </summary>
    /// <param name="directory">The canon directory.</param>
    public static CanonBook? ReadUnchecked(string directory)
    {
        try
        {
            return Walk(directory, out _);
        }
        catch (Exception ex) when (ex is YamlDotNet.Core.YamlException or InvalidCastException or KeyNotFoundException or IOException or ArgumentException or FormatException)
        {
            return null;
        }
    }

    private static CanonBook Walk(string directory, out List<string> lost)
    {
        lost = [];
        var (headerRoot, headerComments) = Open(directory, CanonLoader.HeaderFile, "\0", lost);
        var header = new BookHeader(Scalar(headerRoot, "name")!, Scalar(headerRoot, "version")!, headerComments.Top) { ReviewCycle = Pairs(headerRoot, BookFields.ReviewCycle) };

        var (levelsRoot, levelsComments) = Open(directory, CanonLoader.LevelsFile, "  - ", lost);
        var levels = Sequence(levelsRoot, "levels").Select((node, i) => ReadLevel(node, i < levelsComments.AboveItems.Count ? levelsComments.AboveItems[i] : [])).ToList();

        var familiesDir = Path.Combine(directory, CanonLoader.FamiliesFolder);
        var notes = lost;
        var families = Directory.EnumerateFiles(familiesDir)
            .Where(p => p.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(path =>
            {
                var name = Path.GetFileName(path);
                var (root, comments) = Open(directory, CanonLoader.FamiliesFolder + "/" + name, "\0", notes);
                var family = (YamlMappingNode)root.Children[new YamlScalarNode("family")];
                return new BookFamily(name, Scalar(family, "code")!, Scalar(family, "name")!, comments.Top, [.. Sequence(root, "focuses").Select(ReadFocus)]);
            })
            .ToList();
        return new CanonBook(header, levelsComments.Top, levels, families);
    }

    private static (YamlMappingNode Root, CommentLines Comments) Open(string directory, string relative, string itemPrefix, List<string> lost)
    {
        var text = File.ReadAllText(Path.Combine(directory, relative));
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var comments = CommentLines.Of(text, itemPrefix);
        lost.AddRange(comments.Elsewhere.Select(line => $"{relative}:{line.ToString(CultureInfo.InvariantCulture)}: this comment is not at the top of the file or above a level, so the spreadsheet does not carry it"));
        return ((YamlMappingNode)stream.Documents[0].RootNode, comments);
    }

    private static BookLevel ReadLevel(YamlMappingNode node, IReadOnlyList<string> comments) => new(
        Scalar(node, "code")!,
        Scalar(node, "title")!,
        Scalar(node, "track")!,
        Scalar(node, "rank")!,
        Scalar(node, "typical_years"),
        Scalar(node, "summary"),
        Pairs(node, "dimensions"),
        comments);

    private static BookFocus ReadFocus(YamlMappingNode node) => new(
        Scalar(node, "code")!,
        Scalar(node, "name")!,
        Scalar(node, "description")!,
        [.. Sequence(node, "aliases", n => ((YamlScalarNode)n).Value!)],
        [.. Sequence(node, "profiles").Select(ReadProfile)]);

    private static BookProfile ReadProfile(YamlMappingNode node) => new(
        Scalar(node, "level")!,
        Scalar(node, "title"),
        Scalar(node, "status")!,
        Scalar(node, "version")!,
        string.Equals(Scalar(node, "sample"), "true", StringComparison.OrdinalIgnoreCase),
        Scalar(node, "provenance")!,
        Rows(node, BookFields.CoreOutputs),
        Rows(node, BookFields.Responsibilities),
        Pairs(node, BookFields.Rubrics));

    private static List<BookRow> Rows(YamlMappingNode node, string key) =>
        [.. Sequence(node, key).Select(row => new BookRow(Scalar(row, "id")!, Scalar(row, "text")!))];

    private static List<BookRow> Pairs(YamlMappingNode node, string key) =>
        Child(node, key) is YamlMappingNode map
            ? [.. map.Children.Select(kv => new BookRow(((YamlScalarNode)kv.Key).Value!, ((YamlScalarNode)kv.Value).Value!))]
            : [];

    private static IEnumerable<YamlMappingNode> Sequence(YamlMappingNode node, string key) => Sequence(node, key, n => (YamlMappingNode)n);

    private static IEnumerable<T> Sequence<T>(YamlMappingNode node, string key, Func<YamlNode, T> item) =>
        Child(node, key) is YamlSequenceNode list ? list.Children.Select(item) : [];

    private static string? Scalar(YamlMappingNode node, string key) => (Child(node, key) as YamlScalarNode)?.Value;

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;
}
