using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace GoalFrames.Host.Tests;

/// <summary>
/// What a started host process writes on stdout and stderr, line by line, as a <see cref="HostLog"/>; and the port it
/// says it listens on, awaited on that line instead of polling the port.
/// </summary>
internal static partial class ProcessLog
{
    /// <summary>Reads the process's output into a new log (both streams redirected, neither read yet).</summary>
    public static HostLog Follow(Process process)
    {
        var log = new HostLog();
        process.OutputDataReceived += (_, e) => Append(log, e.Data);
        process.ErrorDataReceived += (_, e) => Append(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return log;
    }

    /// <summary>
    /// Waits until the host writes "Now listening on: …" (Kestrel has bound the port) and returns that port; fails, with
    /// what it wrote, when it exits first.
    /// </summary>
    public static async Task<int> ListeningPortAsync(Process process, HostLog log)
    {
        using var exitedFirst = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var listening = log.WaitForAsync("Now listening on: ", 1, exitedFirst.Token);
        var exited = process.WaitForExitAsync(exitedFirst.Token);
        var first = await Task.WhenAny(listening, exited);
        await exitedFirst.CancelAsync();
        if (first == exited && !listening.IsCompletedSuccessfully)
        {
            throw new InvalidOperationException($"the host exited with {process.ExitCode} before listening:\n{log.Text}");
        }

        return int.Parse(ListeningPort().Match(await listening).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static void Append(HostLog log, string? line)
    {
        if (line is not null)
        {
            log.Append(line);
        }
    }

    [GeneratedRegex("""Now listening on: [a-z]+://(?:\[[^\]]*\]|[^/:\s"]+):([0-9]+)""")]
    private static partial Regex ListeningPort();
}
