namespace GoalFrames.Host.Tests;

public sealed class ShutdownTests
{
    // A process: SIGTERM and the exit code.
    [Fact]
    public async Task Sigterm_HostShutsDownGracefullyWithExitCodeZero()
    {
        await using var host = await HostProcess.StartAsync();

        var exit = await host.TerminateAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, exit);
        Assert.Contains("Application is shutting down", host.Log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_BodyOverTheHostCap_IsRefusedWith413()
    {
        await using var host = await TestHost.StartAsync("--Host:MaxRequestBodyBytes", "1000", "--Slack:SigningSecret", "s");
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        using var content = new ByteArrayContent(new byte[5000]);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        using var response = await client.PostAsync(new Uri("slack/events", UriKind.Relative), content, TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
