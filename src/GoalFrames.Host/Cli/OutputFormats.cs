using System.CommandLine;
using System.CommandLine.Parsing;

namespace GoalFrames.Host.Cli;

/// <summary>The names <c>--format</c> accepts, and the option itself (<c>--format</c>, <c>-f</c>).</summary>
internal static class OutputFormats
{
    /// <summary>Every format with the names it answers to, the first being its own.</summary>
    private static readonly (OutputFormat Format, string[] Names, string What)[] Known =
    [
        (OutputFormat.Text, ["text", "txt"], "the \"Copy / print as text\" layout"),
        (OutputFormat.Markdown, ["markdown", "md"], "Markdown"),
        (OutputFormat.Json, ["json"], "the sheet with every row's canon source"),
        (OutputFormat.AdaptiveCard, ["adaptivecard"], "the Teams card"),
        (OutputFormat.BlockKit, ["blockkit"], "the Slack message"),
    ];

    /// <summary>One line naming every format, for help and for the error a wrong value gets.</summary>
    public static string Listing { get; } = string.Join(", ", Known.Select(k =>
        $"{k.Names[0]}{(k.Names.Length > 1 ? $" (or {string.Join(", ", k.Names.Skip(1))})" : string.Empty)}: {k.What}"));

    /// <summary>Every name a format answers to.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Known.SelectMany(k => k.Names)];

    public static OutputFormat? Parse(string name) =>
        Known.FirstOrDefault(k => k.Names.Contains(name, StringComparer.OrdinalIgnoreCase)) is { Names: not null } known ? known.Format : null;

    /// <summary>The option; its value is null when it is not given, which means text.</summary>
    public static Option<OutputFormat?> Option() => new("--format", "-f")
    {
        Description = $"What to print (default: text): {Listing}. A card reply that spans several payloads prints a JSON array.",
        HelpName = "text|markdown|json|adaptivecard|blockkit",
        CustomParser = Read,
    };

    private static OutputFormat? Read(ArgumentResult result)
    {
        if (result.Tokens.Count == 0)
        {
            return null;
        }

        var typed = result.Tokens[0].Value;
        if (Parse(typed) is { } format)
        {
            return format;
        }

        result.AddError($"'{typed}' is not an output format. Use one of: {Listing}.");
        return null;
    }
}
