using System.Diagnostics;

namespace GoalFrames.Host.Tests;

/// <summary>A command run to its end as its own process, with what it printed; one that outlives its patience is killed.</summary>
internal sealed record CommandLineProcess(int ExitCode, string Output, string Error)
{
    public static async Task<CommandLineProcess> RunAsync(ProcessStartInfo info, TimeSpan patience)
    {
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(info)!;
        var cancel = TestContext.Current.CancellationToken;
        var output = process.StandardOutput.ReadToEndAsync(cancel);
        var error = process.StandardError.ReadToEndAsync(cancel);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(patience);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{info.FileName} {string.Join(' ', info.ArgumentList)}' was still running after {patience}");
        }

        return new CommandLineProcess(process.ExitCode, await output, await error);
    }
}
