using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using GoalFrames.Testing;

namespace GoalFrames.Host.Tests;

/// <summary>
/// The Dockerfile's final stage without a container engine: the binary published as the Dockerfile publishes it
/// (scripts/publish-aot.sh, which test.sh names in GOALFRAMES_HOST_BINARY), laid out as the image lays it out in a
/// root-owned folder, run as an unprivileged user with the image's environment and a data folder owned by that
/// user, as a fresh volume is. Health check, readiness and a signed /goals are what an operator checks first.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ContainerImageTests
{
    private const int Nobody = 65534;
    private const string Secret = "container-signing-secret";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ImageLayout_AsAnUnprivilegedUser_IsHealthyReadyAndAnswersASignedGoalsIntoTheDataVolume()
    {
        var binary = HostProcess.ShippedBinary;
        Assert.SkipWhen(binary is null, $"runs against the published binary: test.sh sets {HostProcess.BinaryVariable} (scripts/publish-aot.sh)");
        Assert.SkipUnless(Environment.UserName == "root", "needs root to run the binary as another user (setpriv)");
        var stage = DockerfileStage.Read(Path.Combine(RepoPaths.Root, "Dockerfile"));
        Assert.Contains("scripts/publish-aot.sh", stage.BuildCommand, StringComparison.Ordinal);

        var root = Directory.CreateTempSubdirectory("goalframes-image-");
        try
        {
            File.SetUnixFileMode(root.FullName, (UnixFileMode)0b111_101_101);
            string InImage(string path) => Path.Combine(root.FullName, path.TrimStart('/'));
            var app = InImage(stage.WorkDir);
            CopyDirectory(Path.GetDirectoryName(binary)!, app);
            var data = Directory.CreateDirectory(InImage(stage.Volume)).FullName;
            foreach (var system in stage.SystemFilesFromBuild)
            {
                CopyDirectory(system, InImage(system));
            }

            await RunAsync("chown", $"{Nobody}:{Nobody}", data);

            var port = HostProcess.FreePort();
            var environment = stage.Environment.ToDictionary(
                e => e.Key,
                e => e.Value.Replace(stage.Volume, data, StringComparison.Ordinal).Replace(":3978", ":" + port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
            // What an operator adds with -e: a Slack signing secret, and the Teams app the image serves beyond loopback.
            environment["Slack__SigningSecret"] = Secret;
            environment["Teams__AppId"] = "11111111-2222-3333-4444-555555555555";
            environment["Teams__AppPassword"] = "client-secret";
            environment["Teams__TenantId"] = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
            // Reminders in a manager's zone need the image's tzdata: the host refuses to start on a zone it cannot find,
            // and TZDIR makes the binary read the image's copy instead of this machine's.
            environment["Reminders__DaysBefore"] = "7";
            environment["Reminders__TimeZone"] = "Europe/Paris";
            environment["TZDIR"] = InImage("/usr/share/zoneinfo");

            using var server = Process.Start(AsNobody(app, environment, [InImage(stage.EntryPoint[0]), .. stage.EntryPoint.Skip(1)]))!;
            var log = ProcessLog.Follow(server);
            try
            {
                // Once the host says it listens, the image's health check passes at its first run.
                Assert.Equal(port, await ProcessLog.ListeningPortAsync(server, log));
                var health = await CommandLineProcess.RunAsync(AsNobody(app, environment, [InImage(stage.HealthCheck[0]), .. stage.HealthCheck.Skip(1)]), TimeSpan.FromSeconds(30));
                Assert.True(health.ExitCode == 0, $"the HEALTHCHECK command failed: {health.Error}\n{log.Text}");

                using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
                using (var ready = await client.GetAsync(new Uri("readyz", UriKind.Relative), Cancel))
                {
                    var body = await ready.Content.ReadAsStringAsync(Cancel);
                    Assert.True(ready.StatusCode == HttpStatusCode.OK, body + "\n" + log.Text);
                    Assert.Equal("ready", JsonDocument.Parse(body).RootElement.GetProperty("status").GetString());
                }

                const string Form = "token=x&team_id=T1&channel_id=C1&user_id=U1&command=%2Fgoals&text=clinops+M5+smart&response_url=http%3A%2F%2F127.0.0.1%2Fhook&trigger_id=1.2.3";
                using (var goals = await SlackSigner.PostAsync(client, Secret, "slack/commands", Form, "application/x-www-form-urlencoded"))
                {
                    Assert.Equal(HttpStatusCode.OK, goals.StatusCode);
                    Assert.Contains("Serves as department head for Clinical Operations", await goals.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
                }

                Assert.True(File.Exists(Path.Combine(data, "goalframes.db")), "the store is the SQLite file on the data volume");
                await RunAsync("kill", "-TERM", server.Id.ToString(CultureInfo.InvariantCulture));
                await server.WaitForExitAsync(Cancel);
                Assert.True(server.ExitCode == 0, log.Text);
                Assert.DoesNotContain("UnauthorizedAccessException", log.Text, StringComparison.Ordinal);
            }
            finally
            {
                if (!server.HasExited)
                {
                    server.Kill(entireProcessTree: true);
                }
            }
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    private static ProcessStartInfo AsNobody(string workingDirectory, IReadOnlyDictionary<string, string> environment, IEnumerable<string> command)
    {
        var info = new ProcessStartInfo("setpriv") { WorkingDirectory = workingDirectory, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var word in new[] { $"--reuid={Nobody}", $"--regid={Nobody}", "--clear-groups", "--" }.Concat(command))
        {
            info.ArgumentList.Add(word);
        }

        info.Environment.Clear();
        info.Environment["PATH"] = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        return info;
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        foreach (var directory in Directory.EnumerateDirectories(to, "*", SearchOption.AllDirectories).Prepend(to))
        {
            File.SetUnixFileMode(directory, (UnixFileMode)0b111_101_101);
        }
    }

    private static async Task RunAsync(string file, params string[] args)
    {
        var run = await CommandLineProcess.RunAsync(new ProcessStartInfo(file, args), TimeSpan.FromSeconds(30));
        Assert.True(run.ExitCode == 0, $"{file} {string.Join(' ', args)}: {run.Error}");
    }
}
