namespace GoalFrames.Host.Tests;

public sealed class WebHostTests
{
    [Fact]
    public async Task Serve_RealHostOnLoopback_AnswersHealthz()
    {
        await using var host = await TestHost.StartAsync();
        using var client = new HttpClient { BaseAddress = host.BaseAddress };

        var body = await client.GetStringAsync(new Uri("healthz", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal("ok", body);
        Assert.Contains("Serving canon 'GoalFrames sample canon'", host.Log, StringComparison.Ordinal);
    }

    // A process: the refusal is an exit code and a line on stderr.
    [Fact]
    public async Task Serve_BrokenCanon_RefusesToStartAndSaysWhere()
    {
        using var dir = new GoalFrames.Testing.TempCanon("family: [\n");
        using var process = System.Diagnostics.Process.Start(HostProcess.StartInfo("serve", "--urls", "http://127.0.0.1:0", "--canon", dir.Dir))!;
        var error = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.NotEqual(0, process.ExitCode);
        Assert.Contains("families/family.yaml:", error, StringComparison.Ordinal);
    }
}
