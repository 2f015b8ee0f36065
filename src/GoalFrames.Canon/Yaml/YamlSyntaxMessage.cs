using YamlDotNet.Core;

namespace GoalFrames.Canon.Yaml;

/// <summary>Turns YamlDotNet's syntax errors into what HR should change, keeping the position.</summary>
internal static class YamlSyntaxMessage
{
    public const string Prefix = "YAML syntax: ";

    private const string Fallback =
        "this line cannot be read; check its indentation (spaces, lined up with the lines it belongs with), the colon after each key, and that quotes and brackets are closed";

    private const string TabIndent = "a tab is used for indentation; indent with spaces";

    // The parser's words (part of its message) and what HR should do about them, most specific first.
    private static readonly (string Parser, string Words)[] Known =
    [
        ("tab", TabIndent),
        ("multi-line double-quoted scalar, found wrong indentation",
            "a double-quoted text is not closed on its line; add the closing \" (texts are one line)"),
        ("quoted scalar, found unexpected end of stream", "a quoted text is never closed; add the closing quote"),
        ("unknown escape character",
            "a backslash in a double-quoted text starts an escape YAML does not know; write \\\\ for a backslash, or use single quotes"),
        ("found invalid mapping",
            "': ' (a colon and a space) here starts a key; if it is part of a text, put the whole text in double quotes, otherwise check that the line above has a colon after its key and lines up with this one"),
        ("did not find expected ',' or ']'",
            "a '[' list above this line is not closed; add the ']' on the same line as the '[', or write the items one per line starting with '- '"),
        ("did not find expected ',' or '}'",
            "a '{' mapping above this line is not closed; add the '}' on the same line as the '{', or write its keys one per line"),
        ("did not find expected '-' indicator",
            "this line is in a list, so it must start with '- ' lined up with the other items; check its indentation"),
        ("did not find expected key",
            "this line does not fit where it is; line it up with the keys it belongs with, write it as 'key: value', and put a text that starts with a quote fully in quotes"),
        ("did not find expected node content",
            "a value is missing here; check for a stray ']' or '}', or a '-' or key with nothing after it"),
        ("cannot start any token", "a text cannot start with this character; put the whole text in double quotes"),
        ("block scalar, did not find expected comment or line break",
            "after '|' or '>' only a comment may follow on the same line; canon texts are one line, so write the text after the key instead"),
    ];

    public static CanonProblem Describe(YamlException ex, string text, string file)
    {
        var line = (int)Math.Min(ex.Start.Line, int.MaxValue);
        var column = (int)Math.Min(ex.Start.Column, int.MaxValue);
        var words = Known.FirstOrDefault(k => ex.Message.Contains(k.Parser, StringComparison.OrdinalIgnoreCase)).Words ?? Fallback;
        if (string.Equals(words, TabIndent, StringComparison.Ordinal) && FirstIndentTab(text, line) is { } tab)
        {
            (line, column) = tab;
        }

        return new CanonProblem(file, line, column, Prefix + words);
    }

    /// <summary>The first tab in a line's indentation, from <paramref name="fromLine"/> on: the parser reports the block, not the tab.</summary>
    private static (int Line, int Column)? FirstIndentTab(string text, int fromLine)
    {
        var lines = text.Split('\n');
        for (var i = Math.Max(0, fromLine - 1); i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', StringComparison.Ordinal);
            if (tab >= 0 && tab < indent)
            {
                return (i + 1, tab + 1);
            }
        }

        return null;
    }
}
