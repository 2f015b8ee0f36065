using System.Globalization;
using System.Text.RegularExpressions;

namespace GoalFrames.Canon.Yaml;

/// <summary>
/// Reads the keys of one YAML mapping, reporting unknown keys, duplicate keys, missing fields and wrong kinds
/// with their positions. Every getter reports and returns null instead of throwing, so one load lists every problem.
/// </summary>
internal sealed class MappingView
{
    public const int MaxTextLength = 3000;

    private readonly Dictionary<string, KeyValuePair<YScalar, YNode>> _entries = new(StringComparer.Ordinal);
    private readonly ProblemSink _sink;
    private readonly string _what;

    private MappingView(YMapping mapping, ProblemSink sink, string what, IReadOnlyCollection<string> allowed)
    {
        Node = mapping;
        _sink = sink;
        _what = what;
        foreach (var entry in mapping.Entries)
        {
            var key = entry.Key.Value;
            if (!allowed.Contains(key))
            {
                var hint = Suggest(key, allowed);
                sink.Add(entry.Key, $"unknown key '{key}' in {what}" + (hint is null ? $" (allowed: {string.Join(", ", allowed)})" : $"; did you mean '{hint}'?"));
            }
            else if (!_entries.TryAdd(key, entry))
            {
                sink.Add(entry.Key, $"duplicate key '{key}' in {what}");
            }
        }
    }

    public YMapping Node { get; }

    public static MappingView? Of(YNode? node, ProblemSink sink, string what, params string[] allowed)
    {
        if (node is YMapping mapping)
        {
            return new MappingView(mapping, sink, what, allowed);
        }

        if (node is not null)
        {
            sink.Add(node, $"{what} must be a mapping of keys to values, found {node.KindName}");
        }

        return null;
    }

    public bool Has(string key) => _entries.ContainsKey(key);

    public YNode? Get(string key) => _entries.TryGetValue(key, out var entry) ? entry.Value : null;

    public YNode PositionOf(string key) => _entries.TryGetValue(key, out var entry) ? entry.Value : Node;

    public YScalar? RequiredText(string key)
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            _sink.Add(Node, $"{_what} is missing '{key}'");
            return null;
        }

        return Text(entry.Value, $"'{key}' in {_what}");
    }

    public YScalar? OptionalText(string key) =>
        _entries.TryGetValue(key, out var entry) ? Text(entry.Value, $"'{key}' in {_what}") : null;

    public YScalar? Text(YNode node, string what)
    {
        if (node is not YScalar scalar)
        {
            _sink.Add(node, $"{what} must be text, found {node.KindName}");
            return null;
        }

        if (scalar.IsNull || string.IsNullOrWhiteSpace(scalar.Value))
        {
            _sink.Add(node, $"{what} is empty");
            return null;
        }

        if (scalar.Value.Contains('\n') || scalar.Value.Contains('\r'))
        {
            _sink.Add(node, $"{what} must be a single line");
            return null;
        }

        if (scalar.Value.Length > MaxTextLength)
        {
            _sink.Add(node, $"{what} is {scalar.Value.Length} characters; the limit is {MaxTextLength}");
            return null;
        }

        if (scalar.Value.Any(c => char.IsControl(c)))
        {
            _sink.Add(node, $"{what} contains a control character");
            return null;
        }

        if (scalar.Value != scalar.Value.Trim())
        {
            _sink.Add(node, $"{what} starts or ends with spaces");
            return null;
        }

        return scalar;
    }

    public string? RequiredMatch(string key, Regex pattern, string rule)
    {
        var scalar = RequiredText(key);
        return scalar is null ? null : Match(scalar, pattern, $"'{key}' in {_what}", rule);
    }

    public string? Match(YScalar scalar, Regex pattern, string what, string rule)
    {
        if (!pattern.IsMatch(scalar.Value))
        {
            _sink.Add(scalar, $"{what} '{scalar.Value}' {rule}");
            return null;
        }

        return scalar.Value;
    }

    public int? RequiredInt(string key, int min, int max)
    {
        var scalar = RequiredText(key);
        if (scalar is null)
        {
            return null;
        }

        if (!scalar.IsPlain || !int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            _sink.Add(scalar, $"'{key}' in {_what} must be a whole number from {min} to {max}, found '{scalar.Value}'");
            return null;
        }

        return value;
    }

    public bool? OptionalBool(string key)
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            return null;
        }

        if (entry.Value is YScalar { IsPlain: true, Value: "true" or "false" } scalar)
        {
            return scalar.Value == "true";
        }

        _sink.Add(entry.Value, $"'{key}' in {_what} must be true or false");
        return null;
    }

    public T? RequiredEnum<T>(string key)
        where T : struct, Enum
    {
        var scalar = RequiredText(key);
        if (scalar is null)
        {
            return null;
        }

        if (!Enum.TryParse<T>(scalar.Value, ignoreCase: true, out var value) || !Enum.IsDefined(value) || char.IsDigit(scalar.Value[0]))
        {
            var names = string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()));
            _sink.Add(scalar, $"'{key}' in {_what} must be one of {names}, found '{scalar.Value}'");
            return null;
        }

        return value;
    }

    public YSequence? OptionalSequence(string key)
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            return null;
        }

        if (entry.Value is YSequence sequence)
        {
            return sequence;
        }

        if (entry.Value is YScalar { IsNull: true })
        {
            return new YSequence(entry.Value.Line, entry.Value.Column, []);
        }

        _sink.Add(entry.Value, $"'{key}' in {_what} must be a list, found {entry.Value.KindName}");
        return null;
    }

    public YSequence? RequiredSequence(string key)
    {
        if (!_entries.ContainsKey(key))
        {
            _sink.Add(Node, $"{_what} is missing '{key}'");
            return null;
        }

        return OptionalSequence(key);
    }

    private static string? Suggest(string key, IReadOnlyCollection<string> allowed) =>
        allowed
            .Select(a => (Key: a, Distance: Similarity.Distance(key, a)))
            .Where(x => x.Distance <= Math.Max(2, x.Key.Length / 3))
            .OrderBy(x => x.Distance)
            .Select(x => x.Key)
            .FirstOrDefault();
}
