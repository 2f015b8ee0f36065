namespace GoalFrames.Host.Tests;

/// <summary>A GoalFrames host a test talks to over HTTP on loopback: composed in this process, or the binary run as its own process.</summary>
internal interface IRunningHost : IAsyncDisposable
{
    Uri BaseAddress { get; }

    /// <summary>Everything the host has logged so far.</summary>
    string Log { get; }

    /// <summary>Waits (bounded by <see cref="HostLog.Patience"/>) until the host has logged <paramref name="text"/> <paramref name="occurrences"/> times.</summary>
    Task WaitForLogAsync(string text, int occurrences = 1);
}
