namespace GoalFrames.Host.Tests;

/// <summary>
/// Starts the host a routing, signature or handler test talks to: composed in this process (fast, no process to start),
/// unless <see cref="HostProcess.BinaryVariable"/> names the shipped binary, when the same test runs against it as its
/// own process (test.sh's Native AOT stage). Tests about signals, exit codes or the process itself use
/// <see cref="HostProcess"/> directly.
/// </summary>
internal static class TestHost
{
    /// <summary>Settings as <c>serve</c> takes them (<c>--Key value</c>, and <c>--canon dir</c>).</summary>
    public static async Task<IRunningHost> StartAsync(params string[] args) =>
        HostProcess.ShippedBinary is null ? await InProcessHost.StartAsync(args) : await HostProcess.StartAsync(args);
}
