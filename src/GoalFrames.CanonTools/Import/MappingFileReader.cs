using System.Globalization;
using GoalFrames.CanonTools.Book;
using GoalFrames.CanonTools.Sheets;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GoalFrames.CanonTools.Import;

/// <summary>
/// Reads and checks a mapping file (YAML): <c>sheet</c>, <c>shape</c> (long or wide), <c>columns</c> (canon column → the
/// sheet's header), <c>fields</c> (the sheet's field word → canon field). Every problem is reported as
/// <c>file:line:column: message</c>.
/// </summary>
public static class MappingFileReader
{
    private static readonly string[] Keys = ["sheet", "shape", "columns", "fields", "separator"];
    private static readonly string[] Columns =
    [
        "family", "focus", "level", "field", "id", "text", "family_name", "focus_name", "focus_description",
        BookFields.Title, BookFields.Status, BookFields.Version, BookFields.Sample, BookFields.Provenance,
        BookFields.CoreOutputs, BookFields.Responsibilities, WideShapeReader.Complexity, WideShapeReader.KnowledgeApplication,
    ];
    private static readonly string[] Fields =
    [
        BookFields.Comment, BookFields.LevelsComment, BookFields.Name, BookFields.Version, BookFields.ReviewCycle, BookFields.Title, BookFields.Track, BookFields.Rank,
        BookFields.TypicalYears, BookFields.Summary, BookFields.Dimensions, BookFields.File, BookFields.Description, BookFields.Aliases,
        BookFields.Status, BookFields.Sample, BookFields.Provenance, BookFields.CoreOutputs, BookFields.Responsibilities, BookFields.Rubrics,
    ];

    /// <summary>Reads a mapping file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The mapping, or null and the problems.</returns>
    public static (ImportMapping? Mapping, IReadOnlyList<SheetMessage> Problems) Read(string path)
    {
        var problems = new List<SheetMessage>();
        if (!File.Exists(path))
        {
            return (null, [new SheetMessage(path, "the mapping file does not exist")]);
        }

        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(path)));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
            {
                return (null, [new SheetMessage(path, "the mapping file should hold keys such as 'columns:' and 'fields:'")]);
            }

            root = map;
        }
        catch (YamlException ex)
        {
            return (null, [new SheetMessage(At(path, ex.Start), "this is not valid YAML: " + ex.Message)]);
        }

        string? sheet = null;
        string? separator = null;
        var shape = SheetShape.RowPerText;
        var columns = new Dictionary<string, string>(StringComparer.Ordinal);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var separatorNode = (YamlNode?)null;
        foreach (var (keyNode, value) in root.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? string.Empty;
            switch (key)
            {
                case "sheet":
                    sheet = Scalar(path, value, key, problems);
                    break;
                case "separator":
                    separator = Scalar(path, value, key, problems);
                    separatorNode = value;
                    break;
                case "shape":
                    var word = Scalar(path, value, key, problems);
                    shape = word == "wide" ? SheetShape.RowPerProfile : SheetShape.RowPerText;
                    if (word is not null and not "long" and not "wide")
                    {
                        problems.Add(new SheetMessage(At(path, value.Start), $"shape is '{word}'; it must be long (one row per text) or wide (one row per profile)"));
                    }

                    break;
                case "columns":
                    Pairs(path, value, key, Columns, pair => columns[pair.Key] = pair.Value, keyIsCanon: true, problems);
                    break;
                case "fields":
                    Pairs(path, value, key, Fields, pair => fields[pair.Key] = pair.Value, keyIsCanon: false, problems);
                    break;
                default:
                    problems.Add(new SheetMessage(At(path, keyNode.Start), $"'{key}' is not a mapping key; the keys are {string.Join(", ", Keys)}"));
                    break;
            }
        }

        if (separatorNode is not null && shape == SheetShape.RowPerText)
        {
            problems.Add(new SheetMessage(At(path, separatorNode.Start), "'separator' only applies to the wide shape; add 'shape: wide' or remove it"));
        }

        return problems.Count > 0 ? (null, problems) : (new ImportMapping(sheet, shape, columns, fields, separator), problems);
    }

    private static void Pairs(string path, YamlNode node, string key, string[] canon, Action<KeyValuePair<string, string>> add, bool keyIsCanon, List<SheetMessage> problems)
    {
        if (node is not YamlMappingNode map)
        {
            problems.Add(new SheetMessage(At(path, node.Start), $"'{key}' should list pairs, one per line, e.g. {(keyIsCanon ? "'family: Job family'" : "'Core output: core_outputs'")}"));
            return;
        }

        foreach (var (k, v) in map.Children)
        {
            var left = ((YamlScalarNode)k).Value ?? string.Empty;
            var right = Scalar(path, v, left, problems);
            if (right is null)
            {
                continue;
            }

            var canonWord = keyIsCanon ? left : right;
            var at = keyIsCanon ? k.Start : v.Start;
            if (!canon.Contains(canonWord, StringComparer.Ordinal))
            {
                problems.Add(new SheetMessage(At(path, at), $"'{canonWord}' is not a canon {(keyIsCanon ? "column" : "field")}; use one of {string.Join(", ", canon)}"));
                continue;
            }

            add(KeyValuePair.Create(left, right));
        }
    }

    private static string? Scalar(string path, YamlNode node, string key, List<SheetMessage> problems)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } value })
        {
            return value;
        }

        problems.Add(new SheetMessage(At(path, node.Start), $"'{key}' needs a single value"));
        return null;
    }

    private static string At(string path, Mark mark) =>
        $"{path}:{mark.Line.ToString(CultureInfo.InvariantCulture)}:{mark.Column.ToString(CultureInfo.InvariantCulture)}";
}
