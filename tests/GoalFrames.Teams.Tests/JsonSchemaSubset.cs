using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace GoalFrames.Teams.Tests;

/// <summary>
/// A JSON Schema (draft-04) validator for the keywords the Teams manifest schema uses: type, properties,
/// additionalProperties, required, items, enum, const, pattern, min/maxLength, min/maxItems, uniqueItems, minimum,
/// maximum, minProperties, anyOf, oneOf, dependencies and local <c>$ref</c> pointers. <c>format</c> is an annotation in
/// draft-04 and is not checked. Any other keyword on a path the document reaches throws, so the check cannot pass by skipping.
/// </summary>
internal sealed class JsonSchemaSubset(JsonElement root)
{
    private static readonly HashSet<string> Annotations = ["$schema", "id", "description", "default", "title", "format", "examples", "definitions"];

    public IReadOnlyList<string> Validate(JsonElement document)
    {
        var errors = new List<string>();
        Check(root, document, string.Empty, errors);
        return errors;
    }

    private void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.ValueKind == JsonValueKind.True || schema.ValueKind == JsonValueKind.Object && !schema.EnumerateObject().Any())
        {
            return;
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(Resolve(reference.GetString()!), value, path, errors);
            return;
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            var rule = keyword.Value;
            switch (keyword.Name)
            {
                case "type":
                    var types = rule.ValueKind == JsonValueKind.Array ? rule.EnumerateArray().Select(t => t.GetString()!).ToList() : [rule.GetString()!];
                    if (!types.Any(t => IsType(value, t)))
                    {
                        errors.Add($"{path}: expected {string.Join(" or ", types)}, got {value.ValueKind}");
                    }

                    break;
                case "properties":
                    if (value.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var property in rule.EnumerateObject())
                        {
                            if (value.TryGetProperty(property.Name, out var child))
                            {
                                Check(property.Value, child, path + "/" + property.Name, errors);
                            }
                        }
                    }

                    break;
                case "additionalProperties":
                    if (value.ValueKind == JsonValueKind.Object)
                    {
                        var known = schema.TryGetProperty("properties", out var props) ? props.EnumerateObject().Select(p => p.Name).ToHashSet() : [];
                        foreach (var extra in value.EnumerateObject().Where(p => !known.Contains(p.Name)))
                        {
                            if (rule.ValueKind == JsonValueKind.False)
                            {
                                errors.Add($"{path}/{extra.Name}: property not allowed");
                            }
                            else if (rule.ValueKind == JsonValueKind.Object)
                            {
                                Check(rule, extra.Value, path + "/" + extra.Name, errors);
                            }
                        }
                    }

                    break;
                case "required":
                    if (value.ValueKind == JsonValueKind.Object)
                    {
                        errors.AddRange(rule.EnumerateArray().Select(r => r.GetString()!).Where(r => !value.TryGetProperty(r, out _)).Select(r => $"{path}/{r}: required"));
                    }

                    break;
                case "items":
                    if (rule.ValueKind != JsonValueKind.Object)
                    {
                        throw new NotSupportedException($"{path}: tuple 'items' is not supported");
                    }

                    if (value.ValueKind == JsonValueKind.Array)
                    {
                        var index = 0;
                        foreach (var item in value.EnumerateArray())
                        {
                            Check(rule, item, path + "/" + index++.ToString(CultureInfo.InvariantCulture), errors);
                        }
                    }

                    break;
                case "enum":
                    if (!rule.EnumerateArray().Any(e => JsonElement.DeepEquals(e, value)))
                    {
                        errors.Add($"{path}: {value.GetRawText()} is not one of {rule.GetRawText()}");
                    }

                    break;
                case "const":
                    if (!JsonElement.DeepEquals(rule, value))
                    {
                        errors.Add($"{path}: must be {rule.GetRawText()}");
                    }

                    break;
                case "pattern":
                    if (value.ValueKind == JsonValueKind.String && !Regex.IsMatch(value.GetString()!, rule.GetString()!, RegexOptions.None, TimeSpan.FromSeconds(1)))
                    {
                        errors.Add($"{path}: '{value.GetString()}' does not match {rule.GetString()}");
                    }

                    break;
                case "maxLength":
                    Limit(value.ValueKind == JsonValueKind.String ? Length(value) : null, rule, max: true, "characters", path, errors);
                    break;
                case "minLength":
                    Limit(value.ValueKind == JsonValueKind.String ? Length(value) : null, rule, max: false, "characters", path, errors);
                    break;
                case "maxItems":
                    Limit(value.ValueKind == JsonValueKind.Array ? value.GetArrayLength() : null, rule, max: true, "items", path, errors);
                    break;
                case "minItems":
                    Limit(value.ValueKind == JsonValueKind.Array ? value.GetArrayLength() : null, rule, max: false, "items", path, errors);
                    break;
                case "minProperties":
                    Limit(value.ValueKind == JsonValueKind.Object ? value.EnumerateObject().Count() : null, rule, max: false, "properties", path, errors);
                    break;
                case "maximum":
                    if (value.ValueKind == JsonValueKind.Number && value.GetDouble() > rule.GetDouble())
                    {
                        errors.Add($"{path}: more than {rule.GetRawText()}");
                    }

                    break;
                case "minimum":
                    if (value.ValueKind == JsonValueKind.Number && value.GetDouble() < rule.GetDouble())
                    {
                        errors.Add($"{path}: less than {rule.GetRawText()}");
                    }

                    break;
                case "uniqueItems":
                    if (rule.ValueKind == JsonValueKind.True && value.ValueKind == JsonValueKind.Array)
                    {
                        var items = value.EnumerateArray().ToList();
                        if (items.Where((a, i) => items.Skip(i + 1).Any(b => JsonElement.DeepEquals(a, b))).Any())
                        {
                            errors.Add($"{path}: items are not unique");
                        }
                    }

                    break;
                case "anyOf":
                    if (!rule.EnumerateArray().Any(s => Passes(s, value, path)))
                    {
                        errors.Add($"{path}: matches none of anyOf");
                    }

                    break;
                case "oneOf":
                    var passing = rule.EnumerateArray().Count(s => Passes(s, value, path));
                    if (passing != 1)
                    {
                        errors.Add($"{path}: matches {passing} of oneOf, not exactly one");
                    }

                    break;
                case "dependencies":
                    if (value.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var dependency in rule.EnumerateObject().Where(d => value.TryGetProperty(d.Name, out _)))
                        {
                            if (dependency.Value.ValueKind == JsonValueKind.Array)
                            {
                                errors.AddRange(dependency.Value.EnumerateArray().Select(r => r.GetString()!).Where(r => !value.TryGetProperty(r, out _)).Select(r => $"{path}/{r}: required by {dependency.Name}"));
                            }
                            else
                            {
                                Check(dependency.Value, value, path, errors);
                            }
                        }
                    }

                    break;
                default:
                    if (!Annotations.Contains(keyword.Name))
                    {
                        throw new NotSupportedException($"schema keyword '{keyword.Name}' at {path} is not supported by this validator");
                    }

                    break;
            }
        }
    }

    private bool Passes(JsonElement schema, JsonElement value, string path)
    {
        var errors = new List<string>();
        Check(schema, value, path, errors);
        return errors.Count == 0;
    }

    private JsonElement Resolve(string pointer)
    {
        if (!pointer.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new NotSupportedException($"only local $ref pointers are supported, not '{pointer}'");
        }

        var node = root;
        foreach (var token in pointer[2..].Split('/'))
        {
            node = node.GetProperty(Uri.UnescapeDataString(token).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
        }

        return node;
    }

    private static bool IsType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => throw new NotSupportedException($"type '{type}'"),
    };

    private static int Length(JsonElement value) => value.GetString()!.EnumerateRunes().Count();

    private static void Limit(int? actual, JsonElement rule, bool max, string unit, string path, List<string> errors)
    {
        var limit = rule.GetInt32();
        if (actual is { } n && (max ? n > limit : n < limit))
        {
            errors.Add($"{path}: {n} {unit}, {(max ? "maxLength/maxItems" : "minimum")} is {limit}");
        }
    }
}
