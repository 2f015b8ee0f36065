using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GoalFrames.Testing;
using Npgsql;

namespace GoalFrames.Host.Tests;

/// <summary>
/// Each failure once seen to stop the host from one Slack event: the event fails (logged, counted), the host stays up,
/// and the next event is answered.
/// </summary>
public sealed class SlackEventFailureTests
{
    private const string Secret = "event-failure-secret";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Mention_OfThousandsOfAmpersands_IsAnsweredWithTheWordsCapped()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        await using var host = await StartAsync(slack);
        using var client = new HttpClient { BaseAddress = host.BaseAddress };

        // Slack sends '&' as '&amp;': 4,500 of them once pushed the echoed reply past Block Kit's 40,000-character text limit.
        await PostEventAsync(client, "EvAmp", Mention(string.Concat(Enumerable.Repeat("&amp;", 4500))));

        var call = await slack.WaitForAsync("chat.postMessage");
        Assert.Contains("That is 4,500 characters long; a goals command is at most 500", call.Body, StringComparison.Ordinal);
        Assert.True(call.Body.Length < 1_000, $"the reply does not echo the 4,500 characters: {call.Body.Length} characters");

        // Under the line limit, the words are echoed in "no focus is called …", capped.
        await PostEventAsync(client, "EvAmp2", Mention(string.Concat(Enumerable.Repeat("&amp;", 450))));
        var echoed = await slack.WaitForAsync("chat.postMessage", 2);
        Assert.Contains("No focus is called", echoed.Body, StringComparison.Ordinal);
        Assert.True(echoed.Body.Length < 4_000, $"the reply quotes the words capped, not all 450: {echoed.Body.Length} characters");
        await AssertStillAnswersAsync(client, slack, host, 3);
    }

    [Fact]
    public async Task PostMessage_SlowerThanTheApiTimeout_FailsThatEventOnly()
    {
        await using var slack = await FakeSlackApi.StartAsync();
        slack.Then("chat.postMessage", 200, """{"ok":true}""", delay: TimeSpan.FromSeconds(5));
        await using var host = await StartAsync(slack, "--Slack:ApiTimeout", "00:00:01");
        using var client = new HttpClient { BaseAddress = host.BaseAddress };

        await PostEventAsync(client, "EvSlow", Mention("goals clinops M5 okr"));

        await host.WaitForLogAsync("Background slack-events: event app_mention (EvSlow) failed");
        await AssertStillAnswersAsync(client, slack, host, 2);
    }

    [Fact]
    public async Task Postgres_RestartingWith57P01_FailsThatEventOnly()
    {
        Assert.SkipWhen(PostgresAdmin is null, "GOALFRAMES_TEST_POSTGRES is not set (scripts/postgres-for-tests.sh)");
        var database = "goalframes_events_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(PostgresAdmin!, $"CREATE DATABASE \"{database}\"");
        try
        {
            var connection = new NpgsqlConnectionStringBuilder(PostgresAdmin) { Database = database }.ToString();
            await using var slack = await FakeSlackApi.StartAsync();
            await using var host = await StartAsync(slack, "--Storage:Provider", "postgres", "--Storage:ConnectionString", connection);
            using var client = new HttpClient { BaseAddress = host.BaseAddress };
            await PostEventAsync(client, "EvPgWarm", Mention("goals list"));
            await slack.WaitForAsync("chat.postMessage");

            // What a server restart does to every open session: SQLSTATE 57P01, admin_shutdown.
            await ExecuteAsync(PostgresAdmin!, $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database}'");
            await PostEventAsync(client, "EvPgGone", Mention("goals list"));

            // The event's de-duplication write meets the dead session; the person is answered all the same (a list needs no
            // store), and the operator reads why in the log.
            var answered = await slack.WaitForAsync("chat.postMessage", 2);
            Assert.Contains("families and focuses", answered.Body, StringComparison.OrdinalIgnoreCase);
            await host.WaitForLogAsync("57P01");
            await AssertStillAnswersAsync(client, slack, host, 3);
        }
        finally
        {
            await ExecuteAsync(PostgresAdmin!, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        }
    }

    private static string? PostgresAdmin => Environment.GetEnvironmentVariable("GOALFRAMES_TEST_POSTGRES") is { Length: > 0 } value ? value : null;

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Cancel);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Cancel);
    }

    private static Task<IRunningHost> StartAsync(FakeSlackApi slack, params string[] args) =>
        TestHost.StartAsync(["--Slack:SigningSecret", Secret, "--Slack:BotToken", "xoxb-failures", "--Slack:ApiBaseUrl", slack.BaseUrl.ToString(), .. args]);

    /// <summary>The host is still up and answers a fresh event: the n-th chat.postMessage arrives.</summary>
    private static async Task AssertStillAnswersAsync(HttpClient client, FakeSlackApi slack, IRunningHost host, int count)
    {
        await PostEventAsync(client, "EvNext" + Guid.NewGuid().ToString("N"), Mention("goals clinops M5 smart"));
        var next = await slack.WaitForAsync("chat.postMessage", count);
        Assert.Contains("Serves as department head", next.Body, StringComparison.Ordinal);
        using var health = await client.GetAsync(new Uri("healthz", UriKind.Relative), Cancel);
        Assert.True(health.IsSuccessStatusCode, host.Log);
    }

    private static string Mention(string text) =>
        $$"""{"type":"app_mention","user":"U1","text":"<@U0BOT> {{text}}","channel":"C1","ts":"1700000000.000200"}""";

    private static async Task PostEventAsync(HttpClient client, string id, string inner)
    {
        var body = $$"""{"token":"x","team_id":"T1","api_app_id":"A1","type":"event_callback","event_id":"{{id}}","event_time":1700000000,"event":{{inner}}}""";
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("slack/events", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}"))));
        using var response = await client.SendAsync(request, Cancel);
        response.EnsureSuccessStatusCode();
    }
}
