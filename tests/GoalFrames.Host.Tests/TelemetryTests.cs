using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GoalFrames.Host.Tests;

/// <summary>Metrics through the host, scraped as Prometheus would; and secrets never reach the log.</summary>
public sealed class TelemetryTests
{
    private const string Secret = "telemetry-signing-secret-a1b2c3";

    // A process: GoalFrames' meters are static, so in this process every other test's host would add to the counts.
    [Fact]
    public async Task Metrics_AfterCommands_CountFramesAndRequestsByOutcome()
    {
        await using var host = await HostProcess.StartAsync("--Slack:SigningSecret", Secret, "--Telemetry:Prometheus", "true", "--Slack:BotToken", "xoxb-never-logged-42");
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        using (var signed = await PostAsync(client, sign: true))
        {
            signed.EnsureSuccessStatusCode();
        }

        using (var unsigned = await PostAsync(client, sign: false))
        {
            Assert.Equal(System.Net.HttpStatusCode.Unauthorized, unsigned.StatusCode);
        }

        // Counted while each request is handled, and collected when scraped: the first scrape holds both.
        var metrics = await client.GetStringAsync(new Uri("metrics", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Matches("goalframes_frames_rendered_total\\{[^}]*framework=\"smart\"[^}]*\\} 1", metrics);
        Assert.Matches("goalframes_slack_requests_total\\{[^}]*endpoint=\"commands\"[^}]*outcome=\"accepted\"[^}]*\\} 1", metrics);
        Assert.Matches("goalframes_slack_requests_total\\{[^}]*endpoint=\"commands\"[^}]*outcome=\"unauthorized\"[^}]*\\} 1", metrics);
        Assert.Contains("http_server_request_duration_seconds", metrics, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, host.Log, StringComparison.Ordinal);
        Assert.DoesNotContain("xoxb-never-logged-42", host.Log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_PrometheusOff_IsNotExposed()
    {
        await using var host = await TestHost.StartAsync();
        using var client = new HttpClient { BaseAddress = host.BaseAddress };

        using var response = await client.GetAsync(new Uri("metrics", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, bool sign)
    {
        const string body = "command=%2Fgoals&text=clinops%20M5%20smart&team_id=T1&user_id=U1";
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("slack/commands", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        if (sign)
        {
            request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
            request.Headers.Add("X-Slack-Signature", "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}"))));
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
