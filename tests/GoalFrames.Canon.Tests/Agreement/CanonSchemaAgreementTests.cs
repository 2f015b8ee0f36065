using System.Text.Json;
using System.Text.Json.Nodes;
using GoalFrames.Canon.Text;
using GoalFrames.Canon.Yaml;
using GoalFrames.Testing;
using Json.Schema;

namespace GoalFrames.Canon.Tests.Agreement;

/// <summary>
/// The loader and the JSON Schemas editors use must give the same verdict on every canon file: cases are generated
/// from the schemas' own rules and from the loader's text rule, written as YAML for the loader and as JSON for a
/// JSON Schema validator (JsonSchema.Net), and every disagreement is listed.
/// </summary>
public sealed class CanonSchemaAgreementTests
{
    private static readonly (string File, string Schema, Func<JsonObject> Document)[] Files =
    [
        (CanonLoader.HeaderFile, "canon.schema.json", CanonDocuments.Header),
        (CanonLoader.LevelsFile, "levels.schema.json", CanonDocuments.Levels),
        ("families/family.yaml", "family.schema.json", CanonDocuments.Family),
    ];

    [Theory]
    [InlineData("canon.schema.json")]
    [InlineData("levels.schema.json")]
    [InlineData("family.schema.json")]
    public void Schema_TextDefinition_IsTheLoadersRule(string file)
    {
        var text = Schema(file).RootElement.GetProperty("$defs").GetProperty("text");

        Assert.Equal(CanonText.SchemaPattern, text.GetProperty("pattern").GetString());
        Assert.Equal(CanonText.MaxLength, text.GetProperty("maxLength").GetInt32());
        Assert.Equal(1, text.GetProperty("minLength").GetInt32());
    }

    [Fact]
    public void Schema_CodeDefinitions_AreTheLoadersRules()
    {
        var family = Schema("family.schema.json").RootElement.GetProperty("$defs");
        var level = Schema("levels.schema.json").RootElement.GetProperty("$defs").GetProperty("level").GetProperty("properties").GetProperty("code");
        var profileLevel = family.GetProperty("profile").GetProperty("properties").GetProperty("level");

        foreach (var (definition, rule) in new[]
                 {
                     (family.GetProperty("code"), CanonPatterns.Code), (family.GetProperty("alias"), CanonPatterns.Alias),
                     (family.GetProperty("rowId"), CanonPatterns.RowId), (level, CanonPatterns.LevelCode), (profileLevel, CanonPatterns.LevelCode),
                 })
        {
            Assert.Equal(rule.Pattern.ToString(), definition.GetProperty("pattern").GetString());
            Assert.Equal(rule.MaxLength, definition.GetProperty("maxLength").GetInt32());
        }
    }

    [Fact]
    public void Schema_DateDefinition_IsTheLoadersRule()
    {
        var date = Schema("canon.schema.json").RootElement.GetProperty("$defs").GetProperty("date");

        Assert.Equal(ReviewCycleReader.DatePattern.ToString(), date.GetProperty("pattern").GetString());
        Assert.Equal(ReviewCycle.DateFormat.Length, date.GetProperty("minLength").GetInt32());
        Assert.Equal(ReviewCycle.DateFormat.Length, date.GetProperty("maxLength").GetInt32());
    }

    [Fact]
    public void LoaderAndSchema_AgreeOnEveryGeneratedCase()
    {
        using var dir = new TempCanon("x");
        var disagreements = new List<string>();
        var verdicts = new Dictionary<bool, int> { [true] = 0, [false] = 0 };
        foreach (var (file, schemaFile, document) in Files)
        {
            var schema = JsonSchema.FromText(File.ReadAllText(SchemaPath(schemaFile)));
            foreach (var (other, _, otherDocument) in Files.Where(f => f.File != file))
            {
                Write(dir.Dir, other, otherDocument());
            }

            using var schemaDocument = Schema(schemaFile);
            foreach (var generated in SchemaCaseGenerator.Generate(file, schemaDocument.RootElement, document()))
            {
                Write(dir.Dir, file, generated.Document);
                var result = CanonLoader.Load(dir.Dir);
                var loaderAccepts = !result.Problems.Any(p => p.File == file);
                var schemaAccepts = schema.Evaluate(JsonSerializer.SerializeToElement(generated.Document)).IsValid;
                verdicts[schemaAccepts]++;
                if (loaderAccepts != schemaAccepts && !(generated.OnlyWhenSchemaRefuses && schemaAccepts))
                {
                    var why = string.Join(" | ", result.Problems.Where(p => p.File == file).Select(p => p.Message));
                    disagreements.Add($"{file}: {generated.Change}: loader {(loaderAccepts ? "accepts" : "refuses")} ({why}), schema {(schemaAccepts ? "accepts" : "refuses")}");
                }
            }
        }

        Assert.True(disagreements.Count == 0, $"{disagreements.Count} disagreements:\n" + string.Join("\n", disagreements.Take(80)));
        Assert.True(verdicts[true] > 300 && verdicts[false] > 1000, $"accepted {verdicts[true]}, refused {verdicts[false]}");
    }

    private static void Write(string dir, string file, JsonNode document) =>
        File.WriteAllText(Path.Combine(dir, file), YamlText.Write(document));

    private static string SchemaPath(string file) => Path.Combine(RepoPaths.SampleCanon, "schema", file);

    private static JsonDocument Schema(string file) => JsonDocument.Parse(File.ReadAllText(SchemaPath(file)));
}
