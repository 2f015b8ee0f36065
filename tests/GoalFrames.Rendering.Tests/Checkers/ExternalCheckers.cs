using System.Diagnostics;
using GoalFrames.Testing;

namespace GoalFrames.Rendering.Tests.Checkers;

/// <summary>
/// Finds and runs the real consumers of the payloads (tsc with @slack/types, adaptivecards in Chromium), installed by
/// scripts/checkers-for-tests.sh. When one is missing a test says which and skips, except under CI=true, where it fails.
/// </summary>
internal static class ExternalCheckers
{
    public const string Chromium = "/usr/bin/chromium";

    public static string Directory { get; } = Path.Combine(RepoPaths.Root, "tests", "checkers");

    public static void RequireNodePackages(params string[] packages)
    {
        if (FindOnPath("node") is null)
        {
            Unavailable("node is not on PATH");
        }

        foreach (var package in packages)
        {
            if (!File.Exists(Path.Combine(Directory, "node_modules", package, "package.json")))
            {
                Unavailable($"the npm package '{package}' is not installed in tests/checkers");
            }
        }
    }

    public static void RequireChromium()
    {
        if (!File.Exists(Chromium))
        {
            Unavailable($"{Chromium} is missing");
        }
    }

    /// <summary>A scratch folder inside tests/checkers (so node finds its packages); deleted by the caller.</summary>
    public static string ScratchDirectory()
    {
        var dir = Path.Combine(Directory, ".tmp", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(dir);
        return dir;
    }

    public static void Delete(string dir)
    {
        try
        {
            System.IO.Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string program, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(FindOnPath(program) ?? program)
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cancel.CancelAfter(timeout);
        var output = process.StandardOutput.ReadToEndAsync(cancel.Token);
        var error = process.StandardError.ReadToEndAsync(cancel.Token);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', start.ArgumentList)} did not finish within {timeout}");
        }

        return (process.ExitCode, await output, await error);
    }

    private static void Unavailable(string reason)
    {
        var message = $"external checker unavailable: {reason}. Run scripts/checkers-for-tests.sh (./test.sh does) to install it.";
        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            Assert.Fail(message + " CI=true, so this fails instead of skipping.");
        }

        Assert.Skip(message);
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
}
