using System.CommandLine;
using System.Text;
using GoalFrames.Canon;
using GoalFrames.Engine;
using GoalFrames.Engine.Conversation;
using GoalFrames.Host.Hosting;

namespace GoalFrames.Host.Cli;

/// <summary>The verbs: <c>serve</c> (the default), <c>goals …</c> and <c>canon validate</c>.</summary>
internal static class GoalFramesCommandLine
{
    public static async Task<int> InvokeAsync(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return await Build(Console.Out, Console.Error).Parse(args).InvokeAsync().ConfigureAwait(false);
    }

    public static RootCommand Build(TextWriter output, TextWriter error)
    {
        var canonOption = new Option<string?>("--canon")
        {
            Description = "The canon directory (default: Canon:Path, else ./canon, else the sample canon beside the binary).",
            Recursive = true,
        };

        var root = new RootCommand("GoalFrames: canon-derived goal templates for Slack and Teams.") { TreatUnmatchedTokensAsErrors = false };
        root.Options.Add(canonOption);
        root.SetAction((result, cancellationToken) => ServeAsync([.. result.UnmatchedTokens], result.GetValue(canonOption), error, cancellationToken));

        var serve = new Command("serve", "Run the web host (Slack and Teams endpoints). Default: http://127.0.0.1:3978.") { TreatUnmatchedTokensAsErrors = false };
        serve.SetAction((result, cancellationToken) => ServeAsync([.. result.UnmatchedTokens], result.GetValue(canonOption), error, cancellationToken));
        root.Subcommands.Add(serve);

        root.Subcommands.Add(BuildGoals(canonOption, output, error));
        root.Subcommands.Add(BuildCanon(output, error));
        root.Subcommands.Add(SlackManifestCommand.Build(output, error));
        root.Subcommands.Add(TeamsPackageCommand.Build(output, error));
        return root;
    }

    /// <summary>The exit code of a configuration that cannot work (sysexits' EX_CONFIG).</summary>
    public const int ConfigurationError = 78;

    private static async Task<int> ServeAsync(string[] args, string? canonPath, TextWriter error, CancellationToken cancellationToken)
    {
        WebApplication app;
        try
        {
            app = GoalFramesWebApp.Build(args, canonPath);
        }
        catch (InvalidOperationException ex)
        {
            // Settings are checked while the host is built; each refusal's message names the key to set.
            error.WriteLine($"goalframes: cannot start: {ex.Message}");
            return ConfigurationError;
        }

        await using (app.ConfigureAwait(false))
        {
            var exit = HostExit.Watch(app);
            await app.RunAsync(cancellationToken).ConfigureAwait(false);
            return exit.Code;
        }
    }

    private static Command BuildGoals(Option<string?> canonOption, TextWriter output, TextWriter error)
    {
        var words = new Argument<string[]>("words")
        {
            Description = "What you would type after /goals: <focus> [level] [smart|okr|mbo|scorecard|all] [text], list, help.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<OutputFormat>("--format")
        {
            Description = "text (the \"Copy / print as text\" layout), markdown, json, adaptivecard (Teams card JSON) or blockkit (Slack message JSON); a card reply that spans several payloads prints a JSON array.",
            DefaultValueFactory = _ => OutputFormat.Text,
        };
        var goals = new Command("goals", "Print goal templates, as /goals does in chat.") { words, format };
        goals.SetAction(result =>
        {
            var canon = LoadCanon(result.GetValue(canonOption), error);
            if (canon is null)
            {
                return 1;
            }

            var responder = new GoalsResponder(canon, new FrameEngine());
            var reply = responder.Respond(string.Join(' ', result.GetValue(words) ?? []));
            return new ReplyTextWriter(output, error).Write(reply, result.GetValue(format));
        });
        return goals;
    }

    private static Command BuildCanon(TextWriter output, TextWriter error)
    {
        var directory = new Argument<string?>("dir") { Description = "The canon directory (default: as for serve).", Arity = ArgumentArity.ZeroOrOne };
        var validate = new Command("validate", "Check a canon directory and list every problem as file:line:column: message.") { directory };
        validate.SetAction(result =>
        {
            var path = CanonLocation.Resolve(result.GetValue(directory), CommandLineConfiguration());
            return CanonReport.WriteValidation(CanonLoader.Load(path), path, output, error);
        });

        var canonCommand = new Command("canon", "Work with canon directories.");
        canonCommand.Subcommands.Add(validate);
        return canonCommand;
    }

    /// <summary>The same configuration sources the web host reads, minus the command line: appsettings.json and environment variables.</summary>
    private static IConfiguration CommandLineConfiguration() => new ConfigurationBuilder()
        .SetBasePath(Environment.CurrentDirectory)
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables()
        .Build();

    private static CanonSnapshot? LoadCanon(string? path, TextWriter error)
    {
        var resolved = CanonLocation.Resolve(path, CommandLineConfiguration());
        var loaded = CanonLoader.Load(resolved);
        if (loaded.IsValid)
        {
            return loaded.Canon;
        }

        CanonReport.WriteProblems(loaded, resolved, error);
        return null;
    }
}
