using System.CommandLine;
using GoalFrames.Engine;
using GoalFrames.Engine.Conversation;

namespace GoalFrames.Host.Cli;

/// <summary><c>goals …</c>: the chat grammar on the command line, printed as text, Markdown, JSON or chat payloads.</summary>
internal static class GoalsVerb
{
    public static Command Build(Option<string?> canonOption, TextWriter output, TextWriter error)
    {
        var words = new Argument<string[]>("words")
        {
            Description = "What you would type after /goals: <focus> [level] [smart|okr|mbo|scorecard|all] [text], list, help. A level is its code (M5) or its title (senior director).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = OutputFormats.Option();
        var json = new Option<bool>("--json") { Description = "The same as --format json.", Hidden = true };
        var goals = new Command("goals", "Print goal templates, as /goals does in chat.") { words, format, json };
        goals.SetAction(result =>
        {
            var typed = result.GetValue(words) ?? [];
            if (typed.FirstOrDefault(w => w.Length > 1 && w.StartsWith('-')) is { } option)
            {
                return new UsageErrors(error).UnknownOption(option, result);
            }

            var chosen = result.GetValue(format) ?? OutputFormat.Text;
            if (result.GetValue(json))
            {
                if (result.GetValue(format) is { } other && other != OutputFormat.Json)
                {
                    error.WriteLine($"error: --json and --format {other.ToString().ToLowerInvariant()} ask for two formats; give one.");
                    return UsageErrors.ExitCode;
                }

                chosen = OutputFormat.Json;
            }

            var canon = GoalFramesCommandLine.LoadCanon(result.GetValue(canonOption), error);
            if (canon is null)
            {
                return 1;
            }

            var reply = new GoalsResponder(canon, new FrameEngine()).Respond(string.Join(' ', typed));
            return new ReplyTextWriter(output, error, canon).Write(reply, chosen);
        });
        return goals;
    }
}
