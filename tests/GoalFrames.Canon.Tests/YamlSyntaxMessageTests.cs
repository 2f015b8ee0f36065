using GoalFrames.Testing;

namespace GoalFrames.Canon.Tests;

/// <summary>YAML syntax errors reach HR in plain words, at the line and column to change, never in the parser's words.</summary>
public sealed class YamlSyntaxMessageTests
{
    private const string Head = "family:\n  code: X1\n  name: X\nfocuses:\n  - code: GEN\n    name: General\n";

    [Theory]
    [InlineData("tab indent", Head + "\tdescription: x\n", "7:1", "a tab is used for indentation; indent with spaces")]
    [InlineData("tab inside indent", Head + "    description: x\n  \t  aliases: [a]\n", "8:3", "a tab is used for indentation; indent with spaces")]
    [InlineData("unclosed double quote", Head + "    description: \"Runs trials\n    aliases: [a]\n", "7:18", "a double-quoted text is not closed on its line; add the closing \"")]
    [InlineData("unclosed single quote", Head + "    description: 'Runs trials\n", "7:18", "a quoted text is never closed; add the closing quote")]
    [InlineData("bad indentation", Head + "    description: x\n      aliases: [a]\n", "8:14", "': ' (a colon and a space) here starts a key")]
    [InlineData("missing colon", Head + "    description x\n    aliases: [a]\n", "7:5", "write it as 'key: value'")]
    [InlineData("colon inside a text", Head + "    description: Runs: trials\n", "7:22", "if it is part of a text, put the whole text in double quotes")]
    [InlineData("key outdented in a list item", Head + "    description: x\n   aliases: [a]\n", "8:4", "this line is in a list, so it must start with '- '")]
    [InlineData("list item misaligned", Head + "    description: x\n  code: Y\n", "8:3", "this line is in a list, so it must start with '- '")]
    [InlineData("text after a closing quote", Head + "    description: \"Runs\" trials\n", "7:25", "put a text that starts with a quote fully in quotes")]
    [InlineData("unknown escape", Head + "    description: \"C:\\q\"\n", "7:18", "write \\\\ for a backslash, or use single quotes")]
    [InlineData("stray bracket", Head + "    description: ]\n", "7:18", "a value is missing here; check for a stray ']'")]
    [InlineData("at sign", Head + "    description: @home\n", "7:18", "a text cannot start with this character; put the whole text in double quotes")]
    [InlineData("unclosed list", Head + "    description: x\n    aliases: [a, b\n", "9:1", "a '[' list above this line is not closed")]
    [InlineData("unclosed mapping", Head + "    description: {a: b\n    x: y\n", null, "a '[' or '{' list is not closed")]
    public void Load_YamlSyntaxError_IsInPlainWordsAtItsPosition(string what, string yaml, string? position, string words)
    {
        using var dir = new TempCanon(yaml);

        var problem = Assert.Single(CanonLoader.Load(dir.Dir).Problems);

        Assert.Equal("families/family.yaml", problem.File);
        Assert.StartsWith("YAML syntax: ", problem.Message, StringComparison.Ordinal);
        Assert.Contains(words, problem.Message, StringComparison.Ordinal);
        if (position is not null)
        {
            Assert.True($"{problem.Line}:{problem.Column}" == position, $"{what}: {problem}");
        }

        foreach (var parserWord in new[] { "While ", "scanning", "parsing", "scalar", "token", "violate" })
        {
            Assert.DoesNotContain(parserWord, problem.Message, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Load_DuplicateKey_NamesTheKey()
    {
        using var dir = new TempCanon(Head + "    description: x\n    name: Again\n");

        var problems = CanonLoader.Load(dir.Dir).Problems.Select(p => p.ToString());

        Assert.Contains("families/family.yaml:8:5: duplicate key 'name' in a focus", problems);
    }
}
