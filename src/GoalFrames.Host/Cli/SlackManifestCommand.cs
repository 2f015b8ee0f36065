using System.CommandLine;
using GoalFrames.Slack;

namespace GoalFrames.Host.Cli;

/// <summary><c>slack manifest --url https://host [--socket-mode]</c> or <c>slack manifest --socket-mode</c>: prints the Slack app manifest for a deployment.</summary>
internal static class SlackManifestCommand
{
    public static Command Build(TextWriter output, TextWriter error)
    {
        var url = new Option<string?>("--url") { Description = "The public HTTPS origin Slack reaches GoalFrames at, e.g. https://goals.example.org (not needed with --socket-mode)." };
        var socketMode = new Option<bool>("--socket-mode") { Description = "Enable Socket Mode (for deployments without public ingress)." };
        var manifest = new Command("manifest", "Print the Slack app manifest (paste it at api.slack.com/apps → From an app manifest).") { url, socketMode };
        manifest.SetAction(result =>
        {
            if (result.GetValue(url) is null)
            {
                if (result.GetValue(socketMode))
                {
                    output.Write(SlackManifest.WriteForSocketMode());
                    return 0;
                }

                error.WriteLine("error: give --url https://… (the public HTTPS origin Slack calls), or --socket-mode for a deployment without a public URL");
                return 2;
            }

            if (!Uri.TryCreate(result.GetValue(url), UriKind.Absolute, out var publicUrl))
            {
                error.WriteLine($"error: '{result.GetValue(url)}' is not an absolute URL; give the HTTPS origin, e.g. https://goals.example.org");
                return 2;
            }

            try
            {
                output.Write(SlackManifest.Write(publicUrl, result.GetValue(socketMode)));
                return 0;
            }
            catch (ArgumentException ex)
            {
                error.WriteLine("error: " + ex.Message.Split(" (Parameter", 2)[0]);
                return 2;
            }
        });

        var slack = new Command("slack", "Slack app setup.");
        slack.Subcommands.Add(manifest);
        return slack;
    }
}
