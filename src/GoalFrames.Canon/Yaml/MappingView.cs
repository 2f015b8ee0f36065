using System.Globalization;
using GoalFrames.Canon.Text;

namespace GoalFrames.Canon.Yaml;

/// <summary>
/// Reads the keys of one YAML mapping, reporting unknown keys, duplicate keys, missing fields and wrong kinds
/// with their positions. Every getter reports and returns null instead of throwing, so one load lists every problem.
/// </summary>
internal sealed class MappingView
{
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

        if (scalar.IsNull)
        {
            _sink.Add(node, $"{what} is empty");
            return null;
        }

        if (CanonText.Problem(scalar.Value) is { } problem)
        {
            _sink.Add(node, $"{what} {problem}");
            return null;
        }

        return scalar;
    }

    public string? RequiredMatch(string key, CanonCodeRule rule)
    {
        var scalar = RequiredText(key);
        return scalar is null ? null : Match(scalar, rule, $"'{key}' in {_what}");
    }

    public string? Match(YScalar scalar, CanonCodeRule rule, string what)
    {
        var length = CanonText.Length(scalar.Value);
        if (length > rule.MaxLength)
        {
            _sink.Add(scalar, $"{what} is {length} characters long; the limit is {rule.MaxLength}");
            return null;
        }

        if (!rule.Pattern.IsMatch(scalar.Value))
        {
            _sink.Add(scalar, $"{what} '{scalar.Value}' {rule.Rule}");
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

        var names = Enum.GetNames<T>().Select(n => n.ToLowerInvariant()).ToList();
        if (!names.Contains(scalar.Value, StringComparer.Ordinal) || !Enum.TryParse<T>(scalar.Value, ignoreCase: true, out var value))
        {
            _sink.Add(scalar, $"'{key}' in {_what} must be one of {string.Join(", ", names)}, found '{scalar.Value}'");
            return null;
        }

        return value;
    }

    /// <summary>A list under <paramref name="key"/>, or null when the key is absent or wrong. A key with nothing after it is
    /// reported (leave the key out instead), and so is an empty list unless <paramref name="mayBeEmpty"/>.</summary>
    public YSequence? OptionalSequence(string key, bool mayBeEmpty)
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            return null;
        }

        if (entry.Value is YSequence sequence && (mayBeEmpty || sequence.Items.Count > 0))
        {
            return sequence;
        }

        if (entry.Value is YSequence or YScalar { IsNull: true })
        {
            _sink.Add(entry.Value, $"'{key}' in {_what} is empty; {(mayBeEmpty ? "write [] or leave the key out" : "add at least one item or leave the key out")}");
            return null;
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

        return OptionalSequence(key, mayBeEmpty: false);
    }

    /// <summary>A mapping under <paramref name="key"/>, or null when the key is absent; a key with nothing after it is reported.</summary>
    public YNode? OptionalMapping(string key)
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            return null;
        }

        if (entry.Value is YScalar { IsNull: true })
        {
            _sink.Add(entry.Value, $"'{key}' in {_what} is empty; add its keys or leave it out");
            return null;
        }

        return entry.Value;
    }

    private static string? Suggest(string key, IReadOnlyCollection<string> allowed) =>
        allowed
            .Select(a => (Key: a, Distance: Similarity.Distance(key, a)))
            .Where(x => x.Distance <= Math.Max(2, x.Key.Length / 3))
            .OrderBy(x => x.Distance)
            .Select(x => x.Key)
            .FirstOrDefault();
}
