using System.Text.Json;
using System.Text.RegularExpressions;

namespace GoalFrames.Host.Tests;

/// <summary>The final stage of the repository's Dockerfile as the container runtime reads it: its instructions, with continuation lines joined.</summary>
internal sealed partial record DockerfileStage(
    string BuildCommand,
    string WorkDir,
    IReadOnlyDictionary<string, string> Environment,
    string Volume,
    string User,
    IReadOnlyList<string> HealthCheck,
    IReadOnlyList<string> EntryPoint,
    IReadOnlyList<string> SystemFilesFromBuild)
{
    public static DockerfileStage Read(string path)
    {
        var instructions = Instructions(File.ReadAllText(path)).ToList();
        var last = instructions.FindLastIndex(i => i.Keyword == "FROM");
        var build = instructions.Take(last).Where(i => i.Keyword == "RUN").Select(i => i.Arguments).ToList();
        var final = instructions.Skip(last).ToList();
        string One(string keyword) => final.Last(i => i.Keyword == keyword).Arguments;

        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var env in final.Where(i => i.Keyword == "ENV"))
        {
            foreach (Match pair in EnvPair().Matches(env.Arguments))
            {
                environment[pair.Groups["key"].Value] = pair.Groups["value"].Value.Trim('"');
            }
        }

        // COPY --from=build of an absolute path that is neither the app nor the volume: files of the build stage's system (tzdata).
        var systemFiles = final.Where(i => i.Keyword == "COPY" && i.Arguments.StartsWith("--from=build ", StringComparison.Ordinal))
            .Select(i => i.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray())
            .Where(a => a.Length == 2 && a[0] == a[1] && a[0].StartsWith("/usr/", StringComparison.Ordinal))
            .Select(a => a[0])
            .ToList();
        var healthCheck = One("HEALTHCHECK");
        return new DockerfileStage(
            string.Join(" && ", build),
            One("WORKDIR"),
            environment,
            JsonSerializer.Deserialize<string[]>(One("VOLUME"))!.Single(),
            One("USER"),
            JsonSerializer.Deserialize<string[]>(healthCheck[(healthCheck.IndexOf("CMD", StringComparison.Ordinal) + 3)..])!,
            JsonSerializer.Deserialize<string[]>(One("ENTRYPOINT"))!,
            systemFiles);
    }

    private static IEnumerable<(string Keyword, string Arguments)> Instructions(string text)
    {
        var joined = text.Replace("\\\n", " ", StringComparison.Ordinal);
        foreach (var line in joined.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            yield return (line[..space].ToUpperInvariant(), line[(space + 1)..].Trim());
        }
    }

    [GeneratedRegex("""(?<key>[A-Za-z_][A-Za-z0-9_]*)=(?<value>"[^"]*"|\S+)""")]
    private static partial Regex EnvPair();
}
