using System.CommandLine;
using System.Text;
using GoalFrames.Canon;
using GoalFrames.Host.Hosting;

namespace GoalFrames.Host.Cli;

/// <summary>
/// The verbs: <c>serve</c>, <c>goals …</c>, <c>canon validate</c>, <c>slack manifest</c> and <c>teams package</c>. With
/// no arguments at all it serves; anything it cannot read is explained (<see cref="UsageErrors"/>) and never starts the host.
/// </summary>
internal static class GoalFramesCommandLine
{
    /// <summary>The command people type (the .NET tool's command name and the binary's name).</summary>
    public const string Name = "goalframes";

    public static async Task<int> InvokeAsync(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return await RunAsync(args, Console.Out, Console.Error, CancellationToken.None).ConfigureAwait(false);
    }

    public static Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var result = Build(output, error).Parse(args);
        return result.Errors.Count > 0
            ? Task.FromResult(new UsageErrors(error).Explain(result))
            : result.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
    }

    public static RootCommand Build(TextWriter output, TextWriter error)
    {
        var canonOption = new Option<string?>("--canon")
        {
            Description = "The canon directory (default: Canon:Path, else ./canon, else the sample canon beside the binary).",
            Recursive = true,
        };

        var root = new RootCommand("GoalFrames: canon-derived goal templates for Slack and Teams. With no arguments it serves, as 'serve' does.");
        root.Options.Add(canonOption);
        root.SetAction((result, cancellationToken) => result.Tokens.Count == 0
            ? ServeAsync([], null, error, cancellationToken)
            : Task.FromResult(new UsageErrors(error).UnknownOption(result.Tokens[0].Value, result)));

        var serve = new Command("serve", "Run the web host (Slack and Teams endpoints). Default: http://127.0.0.1:3978. Settings follow as --Key value, e.g. --urls http://127.0.0.1:3978 --Canon:Path /srv/canon.") { TreatUnmatchedTokensAsErrors = false };
        serve.SetAction((result, cancellationToken) => SettingsProblem(result.UnmatchedTokens) is { } problem
            ? Task.FromResult(Refuse(error, problem))
            : ServeAsync([.. result.UnmatchedTokens], result.GetValue(canonOption), error, cancellationToken));
        root.Subcommands.Add(serve);

        root.Subcommands.Add(GoalsVerb.Build(canonOption, output, error));
        root.Subcommands.Add(BuildCanon(output, error));
        root.Subcommands.Add(ExportVerb.Build(canonOption, output, error));
        root.Subcommands.Add(SlackManifestCommand.Build(output, error));
        root.Subcommands.Add(TeamsPackageCommand.Build(output, error));
        root.Subcommands.Add(HealthcheckCommand.Build(output, error));
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

    /// <summary>Settings for the host come as <c>--Key value</c> or <c>--Key=value</c>; a bare word is a mistake, not a setting.</summary>
    private static string? SettingsProblem(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].StartsWith('-'))
            {
                return $"'{tokens[i]}' is not a setting; 'serve' takes settings as --Key value, e.g. 'serve --urls http://127.0.0.1:3978'";
            }

            if (!tokens[i].Contains('=', StringComparison.Ordinal))
            {
                i++;
            }
        }

        return null;
    }

    private static int Refuse(TextWriter error, string problem)
    {
        error.WriteLine("error: " + problem);
        return UsageErrors.ExitCode;
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
        CanonToolVerbs.AddTo(canonCommand, dir => CanonLocation.Resolve(dir, CommandLineConfiguration()), output, error);
        return canonCommand;
    }

    /// <summary>The same configuration sources the web host reads, minus the command line: appsettings.json and environment variables.</summary>
    internal static IConfiguration CommandLineConfiguration() => new ConfigurationBuilder()
        .SetBasePath(Environment.CurrentDirectory)
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables()
        .Build();

    public static CanonSnapshot? LoadCanon(string? path, TextWriter error)
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
