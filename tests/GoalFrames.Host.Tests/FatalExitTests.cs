using System.Diagnostics;

namespace GoalFrames.Host.Tests;

/// <summary>A host that must stop for a fatal reason exits non-zero, so a supervisor set to restart on failure brings it back.</summary>
public sealed class FatalExitTests
{
    [Fact]
    public async Task BackgroundServiceFailure_StopsTheHostWithANonZeroExitCodeAndSaysWhy()
    {
        using var store = OwnStore.For([]);
        var info = HostProcess.StartInfo(["serve", "--urls", "http://127.0.0.1:0", .. store.Settings]);
        info.Environment["DOTNET_STARTUP_HOOKS"] = typeof(FailingBackgroundService).Assembly.Location;
        info.Environment[FailingBackgroundService.Variable] = "1";
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        var log = await output + await error;
        Assert.True(process.ExitCode != 0, $"exit code {process.ExitCode}:\n{log}");
        Assert.Contains("the injected background service failed", log, StringComparison.Ordinal);
        Assert.Contains("GoalFrames stopped because FailingBackgroundService failed", log, StringComparison.Ordinal);
    }
}
