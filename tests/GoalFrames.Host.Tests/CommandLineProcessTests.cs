using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;
using GoalFrames.Testing;

namespace GoalFrames.Host.Tests;

/// <summary>
/// The real binary: with no arguments it serves; a mistyped verb explains itself and exits instead of serving;
/// and the .NET tool package that puts <c>goalframes</c> on the PATH runs from any folder with its sample canon.
/// </summary>
public sealed class CommandLineProcessTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NoArguments_ServesOnTheConfiguredUrl()
    {
        var info = HostProcess.StartInfo();
        info.Environment["Urls"] = "http://127.0.0.1:0";
        using var store = OwnStore.For([]);
        info.Environment["Storage__ConnectionString"] = store.Settings[1];
        using var process = Process.Start(info)!;
        var log = ProcessLog.Follow(process);
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{await ProcessLog.ListeningPortAsync(process, log)}/") };
            var answer = await client.GetStringAsync(new Uri("healthz", UriKind.Relative), Cancel);

            Assert.Equal("ok", answer);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(Cancel);
        }
    }

    [Theory]
    [InlineData("goal", "clinops", "M5")]
    [InlineData("clinops", "M5", "smart")]
    [InlineData("--canon", "canon")]
    public async Task MistypedCommand_ExitsTwoInsteadOfServing(params string[] args)
    {
        var info = HostProcess.StartInfo(args);
        info.Environment["Urls"] = "http://127.0.0.1:0";

        // Had it started the host, it would still be running: that is the failure this guards against.
        var run = await CommandLineProcess.RunAsync(info, TimeSpan.FromSeconds(60));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ToolPackage_InstallsTheGoalframesCommandThatRunsFromAnyFolderWithTheSampleCanon()
    {
        var scratch = Directory.CreateTempSubdirectory("goalframes-tool-");
        try
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}debug", StringComparison.Ordinal) ? "Debug" : "Release";
            var pack = new ProcessStartInfo("dotnet", ["pack", Path.Combine(RepoPaths.Root, "src", "GoalFrames.Host"), "-c", configuration, "--no-build", "-o", scratch.FullName, "-nodeReuse:false", "--nologo"])
            {
                WorkingDirectory = RepoPaths.Root,
            };
            var packed = await CommandLineProcess.RunAsync(pack, TimeSpan.FromMinutes(5));
            Assert.True(packed.ExitCode == 0, "dotnet pack failed:\n" + packed.Output + packed.Error);

            var package = Assert.Single(scratch.GetFiles("GoalFrames.*.nupkg"));
            var tool = scratch.CreateSubdirectory("tool");
            await ZipFile.ExtractToDirectoryAsync(package.FullName, tool.FullName, Cancel);
            var settings = Assert.Single(Directory.GetFiles(tool.FullName, "DotnetToolSettings.xml", SearchOption.AllDirectories));
            var command = Assert.Single(XDocument.Load(settings).Descendants("Command"));
            Assert.Equal("goalframes", command.Attribute("Name")?.Value);
            var entryPoint = Path.Combine(Path.GetDirectoryName(settings)!, command.Attribute("EntryPoint")!.Value);

            // Run as the tool's shim does (dotnet <entry point>), from a folder with no canon of its own.
            var elsewhere = scratch.CreateSubdirectory("elsewhere");
            var goals = await CommandLineProcess.RunAsync(new ProcessStartInfo("dotnet", [entryPoint, "goals", "clinops", "M5", "scorecard"]) { WorkingDirectory = elsewhere.FullName }, TimeSpan.FromMinutes(1));

            Assert.Equal(0, goals.ExitCode);
            Assert.Equal(string.Empty, goals.Error);
            Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "GoalFrames.Rendering.Tests", "Golden", "text.clinops-m5-scorecard.txt")), goals.Output);
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }
}
