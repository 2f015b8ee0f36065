using System.Text.Json;
using GoalFrames.Testing;

namespace GoalFrames.Canon.Tests;

/// <summary>The JSON Schemas editors use must accept exactly the keys the loader accepts.</summary>
public sealed class CanonSchemaTests
{
    [Theory]
    [InlineData("family.schema.json", "profile", new[] { "level", "title", "status", "version", "sample", "provenance", "core_outputs", "responsibilities", "rubrics" })]
    [InlineData("family.schema.json", "focus", new[] { "code", "name", "description", "aliases", "profiles" })]
    [InlineData("family.schema.json", "profile/rubrics", new[] { "complexity", "knowledge_application" })]
    [InlineData("canon.schema.json", "reviewCycle", new[] { "name", "start", "end", "goals_due" })]
    [InlineData("levels.schema.json", "level", new[] { "code", "title", "track", "rank", "typical_years", "summary", "dimensions" })]
    [InlineData("levels.schema.json", "level/dimensions", new[] { "scope", "autonomy", "complexity", "impact", "decision_rights", "leadership" })]
    public void Schema_Definition_HasTheLoadersKeys(string file, string definition, string[] keys)
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.SampleCanon, "schema", file)));

        var parts = definition.Split('/');
        var node = FindDefinition(schema.RootElement, parts[0]);
        foreach (var property in parts.Skip(1))
        {
            node = node.GetProperty("properties").GetProperty(property);
        }

        Assert.False(node.GetProperty("additionalProperties").GetBoolean());
        Assert.Equal(keys.Order(), node.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order());
    }

    [Fact]
    public void SampleCanonFiles_PointEditorsAtTheSchemas()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.SampleCanon, "families"), "*.yaml"))
        {
            Assert.StartsWith("# yaml-language-server: $schema=../schema/family.schema.json", File.ReadAllText(file), StringComparison.Ordinal);
        }

        Assert.StartsWith("# yaml-language-server: $schema=schema/levels.schema.json", File.ReadAllText(Path.Combine(RepoPaths.SampleCanon, "levels.yaml")), StringComparison.Ordinal);
    }

    private static JsonElement FindDefinition(JsonElement root, string name)
    {
        foreach (var container in new[] { "$defs", "definitions" })
        {
            if (root.TryGetProperty(container, out var defs) && defs.TryGetProperty(name, out var found))
            {
                return found;
            }
        }

        throw new InvalidOperationException($"no definition '{name}' in the schema");
    }
}
