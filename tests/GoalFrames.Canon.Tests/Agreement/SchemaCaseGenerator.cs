using System.Text.Json;
using System.Text.Json.Nodes;

namespace GoalFrames.Canon.Tests.Agreement;

/// <summary>
/// Walks a schema beside a sound document and makes one case per rule the schema states: each key left out, set to
/// null, an unknown key beside it, empty lists and mappings, repeated list items, integers at and past their bounds,
/// every enum value and near misses, and strings from <see cref="TextSamples"/> at the schema's length bounds.
/// </summary>
internal sealed class SchemaCaseGenerator(string file, JsonElement schema, JsonNode document)
{
    private readonly List<AgreementCase> _cases = [];
    private readonly HashSet<string> _fullSweepDone = [];

    public static IReadOnlyList<AgreementCase> Generate(string file, JsonElement schema, JsonNode document)
    {
        var generator = new SchemaCaseGenerator(file, schema, document);
        generator._cases.Add(new AgreementCase(file, "the sound document", document.DeepClone(), false));
        generator.Walk(schema, "$");
        return generator._cases;
    }

    private void Walk(JsonElement node, string path)
    {
        node = Resolve(node);
        if (Type(node) == "object" && node.TryGetProperty("properties", out var properties))
        {
            var required = node.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(e => e.GetString()!).ToHashSet() : [];
            foreach (var property in properties.EnumerateObject())
            {
                var child = $"{path}.{property.Name}";
                Add($"{child} left out ({(required.Contains(property.Name) ? "required" : "optional")})", path, n => n.AsObject().Remove(property.Name));
                Add($"{child} null", path, n => n.AsObject()[property.Name] = null);
                Walk(property.Value, child);
            }

            if (node.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False)
            {
                Add($"{path} with an unknown key", path, n => n.AsObject()["notes"] = "x");
            }

            if (path != "$")
            {
                Add($"{path} empty mapping", path, n => Replace(n, new JsonObject()));
            }

            return;
        }

        switch (Type(node))
        {
            case "array":
                Add($"{path} empty list", path, n => Replace(n, new JsonArray()));
                Add($"{path} with its first item twice", path, n => n.AsArray().Add(n.AsArray()[0]!.DeepClone()), onlyWhenSchemaRefuses: !node.TryGetProperty("uniqueItems", out _));
                Add($"{path} as text", path, n => Replace(n, JsonValue.Create("x")));
                Walk(node.GetProperty("items"), path + "[0]");
                return;
            case "string":
                Strings(node, path);
                return;
            case "integer":
                Integers(node, path);
                return;
            case "boolean":
                foreach (var value in new JsonNode?[] { true, false, "true", 1 })
                {
                    Set(path, value, $"{path} = {value?.ToJsonString()}");
                }

                return;
        }

        if (node.TryGetProperty("enum", out var values))
        {
            foreach (var value in values.EnumerateArray().Select(v => v.GetString()!))
            {
                foreach (var variant in new[] { value, value.ToUpperInvariant(), char.ToUpperInvariant(value[0]) + value[1..], value + "x", value + " ", "1" })
                {
                    Set(path, variant, $"{path} = '{variant}'");
                }
            }
        }
    }

    private void Strings(JsonElement node, string path)
    {
        var min = node.TryGetProperty("minLength", out var a) ? a.GetInt32() : 0;
        var max = node.TryGetProperty("maxLength", out var b) ? b.GetInt32() : 3000;
        var current = Find(document, path)?.GetValue<string>() ?? "x";
        var samples = TextSamples.For(min, max, full: _fullSweepDone.Add(node.GetProperty("pattern").GetString()!));
        if (max < 1000)
        {
            // A code, alias, id or level code: its own bounds built from its own characters, then the text samples.
            var first = current[..1];
            var fill = current[^1..];
            var lengths = new[] { min - 1, min, max - 1, max, max + 1 }.Where(n => n > 0).Distinct();
            samples = lengths.Select(n => ($"{n} characters like '{current}'", first + string.Concat(Enumerable.Repeat(fill, n - 1))))
                .Concat([
                    ("lower-case", current.ToLowerInvariant()), ("upper-case", current.ToUpperInvariant()),
                    ("with _", current + "_x"), ("with a trailing -", current + "-"), ("with --", current[..1] + "--" + current[1..]),
                    ("with a final line feed", current + "\n"), ("with a space", current + " x"), ("digit first", "1" + current),
                ])
                .Concat(samples);
        }

        foreach (var (name, value) in samples)
        {
            Set(path, value, $"{path} = {name}");
        }
    }

    private void Integers(JsonElement node, string path)
    {
        var min = node.TryGetProperty("minimum", out var a) ? a.GetInt64() : 0;
        var max = node.TryGetProperty("maximum", out var b) ? b.GetInt64() : int.MaxValue;
        foreach (var value in new JsonNode?[] { min - 1, min, min + 1, max - 1, max, max + 1, -1, 1.5, "1", true })
        {
            Set(path, value, $"{path} = {value?.ToJsonString()}");
        }
    }

    private void Set(string path, JsonNode? value, string change)
    {
        var copy = document.DeepClone();
        var target = Find(copy, path)!;
        Replace(target, value?.DeepClone());
        _cases.Add(new AgreementCase(file, change, copy, path.EndsWith("profiles[0].level", StringComparison.Ordinal)));
    }

    private void Add(string change, string path, Action<JsonNode> mutate, bool onlyWhenSchemaRefuses = false)
    {
        var copy = document.DeepClone();
        mutate(Find(copy, path)!);
        _cases.Add(new AgreementCase(file, change, copy, onlyWhenSchemaRefuses));
    }

    private static void Replace(JsonNode node, JsonNode? value)
    {
        switch (node.Parent)
        {
            case JsonObject parent:
                parent[node.GetPropertyName()] = value;
                break;
            case JsonArray parent:
                parent[node.GetElementIndex()] = value;
                break;
            default:
                throw new InvalidOperationException("the root cannot be replaced");
        }
    }

    private static JsonNode? Find(JsonNode root, string path)
    {
        JsonNode? node = root;
        foreach (var step in path.Split('.').Skip(1))
        {
            var name = step.Split('[')[0];
            node = node?[name];
            if (step.EndsWith("[0]", StringComparison.Ordinal))
            {
                node = node?[0];
            }
        }

        return node;
    }

    private JsonElement Resolve(JsonElement node)
    {
        while (node.TryGetProperty("$ref", out var reference))
        {
            node = schema.GetProperty("$defs").GetProperty(reference.GetString()!["#/$defs/".Length..]);
        }

        return node;
    }

    private static string? Type(JsonElement node) => node.TryGetProperty("type", out var type) ? type.GetString() : null;
}
