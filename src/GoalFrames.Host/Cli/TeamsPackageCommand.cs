using System.CommandLine;
using GoalFrames.Teams;

namespace GoalFrames.Host.Cli;

/// <summary><c>teams package --app-id GUID [--out goalframes-teams.zip]</c>: writes the Teams app package to sideload or upload.</summary>
internal static class TeamsPackageCommand
{
    public static Command Build(TextWriter output, TextWriter error)
    {
        var appId = new Option<string>("--app-id") { Description = "The Microsoft App ID of the Azure Bot (its app registration's client id).", Required = true };
        var path = new Option<string>("--out") { Description = "Where to write the zip.", DefaultValueFactory = _ => "goalframes-teams.zip" };
        var package = new Command("package", "Write the Teams app package (manifest.json, color.png, outline.png) for a bot's app id.") { appId, path };
        package.SetAction(result =>
        {
            if (!Guid.TryParse(result.GetValue(appId), out var id) || id == Guid.Empty)
            {
                error.WriteLine($"error: '{result.GetValue(appId)}' is not an app id; give the Azure Bot's Microsoft App ID, a GUID such as 00000000-0000-0000-0000-000000000000");
                return 2;
            }

            var file = Path.GetFullPath(result.GetValue(path)!);
            try
            {
                using (var stream = File.Create(file))
                {
                    TeamsAppPackage.Write(id, stream);
                }

                output.WriteLine($"wrote {file} ({string.Join(", ", TeamsAppPackage.Files)}) for app {id:D}");
                return 0;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: cannot write {file}: {ex.Message}");
                return 1;
            }
        });

        var teams = new Command("teams", "Microsoft Teams app setup.");
        teams.Subcommands.Add(package);
        return teams;
    }
}
