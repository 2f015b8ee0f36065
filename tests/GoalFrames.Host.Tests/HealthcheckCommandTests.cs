namespace GoalFrames.Host.Tests;

/// <summary><c>goalframes healthcheck</c>, the container's HEALTHCHECK: the binary asks /healthz itself (no shell, curl or wget needed).</summary>
public sealed class HealthcheckCommandTests
{
    [Fact]
    public async Task Healthcheck_RunningHostOnTheUrlsPort_ExitsZero()
    {
        // The verb runs as the container runtime runs it, a process; the host it asks need not be one.
        await using var host = await TestHost.StartAsync();
        var info = HostProcess.StartInfo("healthcheck");
        info.Environment["Urls"] = $"http://0.0.0.0:{host.BaseAddress.Port}";

        var run = await CommandLineProcess.RunAsync(info, TimeSpan.FromMinutes(1));

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains($"http://127.0.0.1:{host.BaseAddress.Port}/healthz", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Healthcheck_NothingListening_ExitsOneAndSaysSo()
    {
        var port = HostProcess.FreePort();

        var run = await CommandLineProcess.RunAsync(HostProcess.StartInfo("healthcheck", "--url", $"http://127.0.0.1:{port}/healthz"), TimeSpan.FromMinutes(1));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("unhealthy", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://0.0.0.0:8080", "http://127.0.0.1:8080/healthz")]
    [InlineData("http://+:80;https://+:443", "http://127.0.0.1/healthz")]
    [InlineData("http://[::]:3978", "http://127.0.0.1:3978/healthz")]
    [InlineData("http://localhost:5000", "http://localhost:5000/healthz")]
    [InlineData(null, "http://127.0.0.1:3978/healthz")]
    public void HealthzOf_ListeningAddress_IsAskedOnLoopback(string? urls, string expected) =>
        Assert.Equal(expected, GoalFrames.Host.Cli.HealthcheckCommand.HealthzOf(urls));
}
