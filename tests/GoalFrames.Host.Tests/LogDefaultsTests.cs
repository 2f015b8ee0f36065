using System.Net;
using System.Text.Json;

namespace GoalFrames.Host.Tests;

/// <summary>What an operator reads in the log of the real host: no framework line per request by default, GoalFrames' own events kept, JSON lines on request.</summary>
// A process: what the console shows, read after SIGTERM.
public sealed class LogDefaultsTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DefaultLevels_RequestsWriteNoFrameworkLines_GoalFramesStartLineStays()
    {
        await using var host = await HostProcess.StartAsync();
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative), Cancel);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(0, await host.TerminateAsync(TimeSpan.FromSeconds(30)));
        Assert.Contains("Serving canon", host.Log, StringComparison.Ordinal);
        Assert.Contains("Now listening on", host.Log, StringComparison.Ordinal);
        Assert.DoesNotContain("/readyz", host.Log, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.AspNetCore.Hosting.Diagnostics", host.Log, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.AspNetCore.Routing", host.Log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FrameworkLevelRaisedBySetting_RequestLinesComeBack()
    {
        await using var host = await HostProcess.StartAsync("--Logging:LogLevel:Microsoft.AspNetCore", "Information");
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        using (await client.GetAsync(new Uri("/readyz", UriKind.Relative), Cancel))
        {
        }

        Assert.Equal(0, await host.TerminateAsync(TimeSpan.FromSeconds(30)));
        Assert.Contains("/readyz", host.Log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonFormatter_EveryLineIsAJsonObjectWithLevelCategoryAndMessage()
    {
        await using var host = await HostProcess.StartAsync("--Logging:Console:FormatterName", "json");
        Assert.Equal(0, await host.TerminateAsync(TimeSpan.FromSeconds(30)));

        var lines = host.Log.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.NotEmpty(lines);
        var serving = false;
        foreach (var line in lines)
        {
            using var entry = JsonDocument.Parse(line);
            Assert.False(string.IsNullOrEmpty(entry.RootElement.GetProperty("LogLevel").GetString()), line);
            Assert.False(string.IsNullOrEmpty(entry.RootElement.GetProperty("Category").GetString()), line);
            serving |= entry.RootElement.GetProperty("Message").GetString()!.StartsWith("Serving canon", StringComparison.Ordinal);
        }

        Assert.True(serving, host.Log);
    }
}
