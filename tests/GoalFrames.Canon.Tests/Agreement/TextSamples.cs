using System.Globalization;
using System.Text;
using GoalFrames.Canon.Text;

namespace GoalFrames.Canon.Tests.Agreement;

/// <summary>Strings made from the loader's text rule: boundary lengths in several scripts, every character class the rule names, and the near misses.</summary>
internal static class TextSamples
{
    /// <summary>Units of one scalar value each, or of several: an astral emoji, a combining mark, a CJK ideograph, a ZWJ sequence.</summary>
    private static readonly string[] Units = ["a", "é", "中", "😀", "\u0301", "👩\u200D💻"];

    /// <summary>Characters the rule allows that YAML or a validator might still trip on.</summary>
    private static readonly string[] AllowedOddities =
        ["\u200B", "\u200D", "\uFEFF", "\u00AD", "\u0301", "😀", "\U0001F3FD", "\uE000", "\uFFFD", "\\", "\"", "'", "#", ": ", "- ", "&x", "*x", "!x", "%", "@", "`"];

    /// <summary>Every BMP character the rule forbids anywhere, and every space it forbids at the ends.</summary>
    public static IEnumerable<char> Forbidden() => Bmp().Where(c => CanonText.IsForbidden(new Rune(c)));

    public static IEnumerable<char> EdgeSpaces() => Bmp().Where(c => CanonText.IsEdgeSpace(new Rune(c)));

    /// <summary>
    /// Samples for one field. The first field of each schema definition gets them all (every scalar unit at every
    /// bound, every forbidden character and every space at three places); the others get one of each kind.
    /// </summary>
    public static IEnumerable<(string Name, string Value)> For(int minLength, int maxLength, bool full)
    {
        var lengths = new[] { minLength, maxLength - 1, maxLength, maxLength + 1 }.Where(n => n > 0).Distinct().ToList();
        foreach (var unit in full ? Units : ["a", "😀"])
        {
            foreach (var length in lengths)
            {
                yield return ($"{length} scalars of {Show(unit)}", OfLength(unit, length));
            }
        }

        yield return ("empty", string.Empty);
        foreach (var space in full ? EdgeSpaces().Concat(['\t', '\n']) : [' '])
        {
            yield return ($"only {Show(space.ToString())}", new string(space, 3));
        }

        var forbidden = full ? Forbidden() : Forbidden().GroupBy(CharUnicodeInfo.GetUnicodeCategory).Select(g => g.First()).Concat(['\t', '\n']);
        var spaces = full ? EdgeSpaces() : [' ', '\u3000'];
        var allowed = full ? AllowedOddities : ["😀", "\u0301", ": "];
        foreach (var sample in forbidden.Distinct().Concat(spaces).Select(c => c.ToString()).Concat(allowed).SelectMany(Placed))
        {
            yield return sample;
        }
    }

    private static IEnumerable<(string Name, string Value)> Placed(string c)
    {
        yield return ($"{Show(c)} first", c + "Lead");
        yield return ($"{Show(c)} inside", "Lead" + c + "s");
        yield return ($"{Show(c)} last", "Lead" + c);
    }

    private static string OfLength(string unit, int scalars)
    {
        var units = (scalars - 1) / CanonText.Length(unit);
        var filler = scalars - 1 - (units * CanonText.Length(unit));
        return "x" + string.Concat(Enumerable.Repeat(unit, units)) + new string('y', filler);
    }

    private static IEnumerable<char> Bmp() => Enumerable.Range(0, 0x10000).Select(i => (char)i).Where(c => !char.IsSurrogate(c));

    private static string Show(string text) =>
        string.Concat(text.EnumerateRunes().Select(r => r.Value is > 0x20 and < 0x7F ? ((char)r.Value).ToString() : $"U+{r.Value:X4}"));
}
