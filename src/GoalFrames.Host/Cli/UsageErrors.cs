using System.CommandLine;
using System.CommandLine.Parsing;
using GoalFrames.Rendering.Exports.Team;

namespace GoalFrames.Host.Cli;

/// <summary>
/// Explains a command line that could not be read: an unknown command or option gets the nearest ones that exist, a
/// wrong value gets the values that are allowed, and every answer ends with where to read more. Exit code 2.
/// </summary>
internal sealed class UsageErrors(TextWriter error)
{
    public const int ExitCode = 2;

    public int Explain(ParseResult result)
    {
        var command = result.CommandResult.Command;
        var unmatched = result.UnmatchedTokens.Count > 0 ? result.UnmatchedTokens[0] : null;
        if (unmatched is not null && unmatched.StartsWith('-'))
        {
            return UnknownOption(unmatched, result);
        }

        if (unmatched is not null && command.Subcommands.Count > 0)
        {
            return UnknownCommand(unmatched, result);
        }

        if (unmatched is null && command.Subcommands.Count > 0 && command.Action is null)
        {
            error.WriteLine($"error: '{Path(result)}' needs one more word: {string.Join(" or ", command.Subcommands.Select(c => $"'{Path(result)} {c.Name}'"))}.");
            return SeeHelp(result);
        }

        if (unmatched is not null)
        {
            error.WriteLine($"error: '{Path(result)}' does not take '{unmatched}'.");
        }
        else
        {
            foreach (var problem in result.Errors)
            {
                error.WriteLine(problem.SymbolResult switch
                {
                    OptionResult { IdentifierToken: null } absent => $"error: {absent.Option.Name} is required: {absent.Option.Description}",
                    OptionResult { Tokens.Count: 0 } empty => $"error: {empty.Option.Name} needs a value{(empty.Option.Name == "--format" ? $". Use one of: {OutputFormats.Listing}." : ".")}",
                    _ => "error: " + problem.Message,
                });
            }
        }

        return SeeHelp(result);
    }

    public int UnknownOption(string option, ParseResult result)
    {
        var command = result.CommandResult.Command;
        if (command is RootCommand)
        {
            error.WriteLine($"error: '{option}' needs a command before it. Settings for the web host go after 'serve':");
            error.WriteLine($"  {GoalFramesCommandLine.Name} serve {Typed(result)}");
            return SeeHelp(result);
        }

        var options = Options(result.CommandResult).Where(o => !o.Hidden).ToList();
        var known = options.SelectMany(o => o.Aliases.Prepend(o.Name)).ToList();
        error.WriteLine($"error: '{Path(result)}' has no option '{option}'.");
        var typed = option.Split('=', 2)[0];
        var nearest = DidYouMean.Nearest(typed, known);
        IReadOnlyList<string> formats = options.FirstOrDefault(o => o.Name == "--format") switch
        {
            Option<OutputFormat?> => OutputFormats.Names,
            Option<TeamExportFormat?> => TeamExportFormats.Names,
            _ => [],
        };
        var format = DidYouMean.Nearest(typed, formats);
        if (format.Count > 0)
        {
            error.WriteLine($"Did you mean --format {format[0]} (or -f {format[0]})?");
        }
        else if (nearest.Count > 0)
        {
            error.WriteLine($"Did you mean {string.Join(" or ", nearest)}?");
        }
        else
        {
            error.WriteLine($"Its options: {string.Join(", ", known.Where(k => k.StartsWith("--", StringComparison.Ordinal)).Distinct().Order(StringComparer.Ordinal))}.");
        }

        return SeeHelp(result);
    }

    private int UnknownCommand(string word, ParseResult result)
    {
        var command = result.CommandResult.Command;
        var path = Path(result);
        error.WriteLine(command is RootCommand ? $"error: there is no command '{word}'." : $"error: '{path}' has no command '{word}'.");
        var nearest = DidYouMean.Nearest(word, command.Subcommands.SelectMany(c => c.Aliases.Prepend(c.Name)));
        var typed = Typed(result);
        if (nearest.Count > 0)
        {
            error.WriteLine("Did you mean:");
            foreach (var name in nearest)
            {
                error.WriteLine($"  {GoalFramesCommandLine.Name} {ReplaceFirst(typed, word, name)}");
            }
        }
        else if (command is RootCommand)
        {
            // Words straight from chat ("clinops M5 smart"): the goals command reads them.
            error.WriteLine("To print goal templates, put 'goals' first:");
            error.WriteLine($"  {GoalFramesCommandLine.Name} goals {typed}");
        }

        error.WriteLine($"Commands: {string.Join(", ", command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))}.");
        return SeeHelp(result);
    }

    private int SeeHelp(ParseResult result)
    {
        error.WriteLine($"'{Path(result)} --help' shows what it takes.");
        return ExitCode;
    }

    /// <summary>The command as typed so far, e.g. <c>goalframes canon</c>.</summary>
    private static string Path(ParseResult result) =>
        string.Join(' ', result.Tokens.Where(t => t.Type == TokenType.Command).Select(t => t.Value).Prepend(GoalFramesCommandLine.Name));

    private static string Typed(ParseResult result) => string.Join(' ', result.Tokens.Select(t => t.Value));

    private static string ReplaceFirst(string text, string word, string replacement)
    {
        var at = (" " + text + " ").IndexOf(" " + word + " ", StringComparison.Ordinal);
        return at < 0 ? text : text[..at] + replacement + text[(at + word.Length)..];
    }

    /// <summary>The command's own options and the recursive ones of the commands above it.</summary>
    private static IEnumerable<Option> Options(CommandResult result)
    {
        var own = result.Command.Options;
        return result.Parent is CommandResult parent ? own.Concat(Options(parent).Where(o => o.Recursive)) : own;
    }
}
