using GoalFrames.Testing;

namespace GoalFrames.Canon.Tests;

/// <summary>Canon texts: characters counted as HR counts them, one line, no tabs or separators, each refusal saying what to change.</summary>
public sealed class CanonTextTests
{
    [Theory]
    [InlineData(1600, null)]
    [InlineData(3000, null)]
    [InlineData(3001, "is 3,001 characters long; the limit is 3,000")]
    public void Load_EmojiText_IsCountedOnePerCharacter(int emoji, string? problem)
    {
        using var dir = new TempCanon(FamilyWithText(string.Concat(Enumerable.Repeat("😀", emoji))));

        var problems = CanonLoader.Load(dir.Dir).Problems.Select(p => p.ToString()).ToList();

        Assert.Equal(problem is null ? [] : [$"families/family.yaml:14:19: 'text' in a row of core_outputs {problem}"], problems);
    }

    [Theory]
    [InlineData("Serves\\tas head", "has a tab at character 7; use a space instead")]
    [InlineData("Serves\\Las head", "has a line separator (U+2028) at character 7; remove it")]
    [InlineData("Serves\\Pas head", "has a paragraph separator (U+2029) at character 7; remove it")]
    [InlineData("Serves\\Nas head", "has a next-line character (U+0085) at character 7; remove it")]
    [InlineData("Serves\\eas head", "has an invisible control character (U+001B) at character 7; remove it")]
    [InlineData("Serves\\nas head", "must be a single line; join the lines with a space")]
    [InlineData("\\_Serves as head", "starts or ends with a space; remove it (texts are kept exactly as written)")]
    [InlineData("\\t", "is empty")]
    public void Load_TextWithAForbiddenCharacter_SaysWhatToChange(string escaped, string problem)
    {
        using var dir = new TempCanon(FamilyWithText($"\"{escaped}\""));

        var found = Assert.Single(CanonLoader.Load(dir.Dir).Problems);

        Assert.Equal($"families/family.yaml:14:19: 'text' in a row of core_outputs {problem}", found.ToString());
    }

    private static string FamilyWithText(string text) => TestFamily.Head + TestFamily.Profile("M5", text);
}
