using System.Globalization;
using System.Text;

namespace GoalFrames.Canon.Text;

/// <summary>
/// The one rule for canon texts (names, rows, rubrics, dimensions): one line, 1 to 3,000 characters counted as
/// Unicode scalar values, no control characters (tabs included), no line or paragraph separators, and no space at
/// either end. <see cref="SchemaPattern"/> is the same rule as a JSON Schema <c>pattern</c>; the schemas under
/// <c>canon/schema</c> carry it verbatim.
/// </summary>
internal static class CanonText
{
    /// <summary>The most characters (Unicode scalar values) a canon text may have: Block Kit's text limit.</summary>
    public const int MaxLength = 3000;

    /// <summary>The rule as a JSON Schema <c>pattern</c>: valid in .NET and in ECMAScript with or without the <c>u</c> flag.</summary>
    public static string SchemaPattern { get; } = BuildPattern();

    /// <summary>Counts characters as HR does: one per Unicode scalar value, so an emoji is one character.</summary>
    public static int Length(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }

            count++;
        }

        return count;
    }

    /// <summary>Whether a character may appear nowhere in a canon text.</summary>
    public static bool IsForbidden(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    /// <summary>Whether a character is a space that may not start or end a canon text.</summary>
    public static bool IsEdgeSpace(Rune rune) => Rune.GetUnicodeCategory(rune) == UnicodeCategory.SpaceSeparator;

    /// <summary>What is wrong with a text, in HR's words ("… is empty"), or null when it keeps the rule.</summary>
    /// <param name="text">The text.</param>
    public static string? Problem(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "is empty";
        }

        if (text.Contains('\n', StringComparison.Ordinal) || text.Contains('\r', StringComparison.Ordinal))
        {
            return "must be a single line; join the lines with a space";
        }

        var position = 0;
        var index = 0;
        while (index < text.Length)
        {
            position++;
            if (!Rune.TryGetRuneAt(text, index, out var rune))
            {
                return $"has a broken character (a lone UTF-16 surrogate U+{(int)text[index]:X4}) at character {position}; retype it";
            }

            if (IsForbidden(rune))
            {
                return $"has {Describe(rune)} at character {position}; {(rune.Value == '\t' ? "use a space instead" : "remove it")}";
            }

            index += rune.Utf16SequenceLength;
        }

        var length = Length(text);
        if (length > MaxLength)
        {
            return $"is {length.ToString("N0", CultureInfo.InvariantCulture)} characters long; the limit is {MaxLength.ToString("N0", CultureInfo.InvariantCulture)}";
        }

        return IsEdgeSpace(Rune.GetRuneAt(text, 0)) || IsEdgeSpace(LastRune(text))
            ? "starts or ends with a space; remove it (texts are kept exactly as written)"
            : null;
    }

    private static Rune LastRune(string text) =>
        text.Length >= 2 && char.IsSurrogatePair(text[^2], text[^1]) ? new Rune(text[^2], text[^1]) : new Rune(text[^1]);

    private static string Describe(Rune rune) => rune.Value switch
    {
        '\t' => "a tab",
        0x85 => "a next-line character (U+0085)",
        0x2028 => "a line separator (U+2028)",
        0x2029 => "a paragraph separator (U+2029)",
        _ => $"an invisible control character (U+{rune.Value:X4})",
    };

    private static string BuildPattern()
    {
        // One scalar value is either a BMP character outside the surrogates, or a surrogate pair. Under ECMAScript's
        // u flag the first branch already takes a whole astral character, so the length counts scalar values in
        // every engine. (?![\s\S]) ends the text: .NET's $ would also match before a final line feed.
        var anywhere = Ranges(c => IsForbidden(new Rune(c)));
        var edge = Ranges(c => IsForbidden(new Rune(c)) || IsEdgeSpace(new Rune(c)));
        const string pair = @"[\uD800-\uDBFF][\uDC00-\uDFFF]";
        var any = $@"(?:[^{anywhere}\uD800-\uDFFF]|{pair})";
        var end = $@"(?:[^{edge}\uD800-\uDFFF]|{pair})";
        return $@"^(?:{end}|{end}{any}{{0,{MaxLength - 2}}}{end})(?![\s\S])";
    }

    private static string Ranges(Func<char, bool> included)
    {
        var builder = new StringBuilder();
        for (var c = 0; c < 0x10000; c++)
        {
            if (char.IsSurrogate((char)c) || !included((char)c))
            {
                continue;
            }

            var start = c;
            while (c + 1 < 0x10000 && !char.IsSurrogate((char)(c + 1)) && included((char)(c + 1)))
            {
                c++;
            }

            builder.Append(CultureInfo.InvariantCulture, $@"\u{start:X4}");
            if (c > start)
            {
                builder.Append(CultureInfo.InvariantCulture, $@"-\u{c:X4}");
            }
        }

        return builder.ToString();
    }
}
