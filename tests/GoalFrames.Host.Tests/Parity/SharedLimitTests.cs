using System.Text.Json;
using GoalFrames.Testing;
using Npgsql;

namespace GoalFrames.Host.Tests.Parity;

/// <summary>
/// With PostgreSQL as the store, the per-user limit holds across instances: two hosts on one database share each
/// person's bucket, so running more instances never multiplies what one person may send.
/// </summary>
public sealed class SharedLimitTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwoInstancesOnOnePostgres_ShareEachPersonsLimit()
    {
        var server = Environment.GetEnvironmentVariable("GOALFRAMES_TEST_POSTGRES");
        if (string.IsNullOrEmpty(server))
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "GOALFRAMES_TEST_POSTGRES is not set; CI must run this against PostgreSQL (test.sh starts it)");
            Assert.Skip("PostgreSQL not available: eval \"$(scripts/postgres-for-tests.sh)\" to run this test");
        }

        var database = $"gf_limits_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE {database}");
        try
        {
            string[] settings = ["--Storage:Provider", "postgres", "--Storage:ConnectionString", new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString, "--Limits:PerUserPerMinute", "1", "--Limits:PerUserBurst", "3"];
            await using var first = await ParityHost.StartAsync(settings);
            await using var second = await ParityHost.StartAsync(settings);

            var answers = new List<string>();
            foreach (var host in new[] { first, second, first, second })
            {
                answers.Add(await SlashAsync(host, "U1"));
            }

            Assert.All(answers.Take(3), a => Assert.Contains("SMART goals", a, StringComparison.Ordinal));
            Assert.Contains("You're asking quickly", answers[3], StringComparison.Ordinal);
            Assert.Contains("SMART goals", await SlashAsync(second, "U2"), StringComparison.Ordinal);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }
    }

    private static async Task<string> SlashAsync(ParityHost host, string user)
    {
        var body = $"command=%2Fgoals&text={Uri.EscapeDataString("clinops M5 smart")}&team_id=T1&user_id={user}&channel_id=C1&response_url={Uri.EscapeDataString(host.Slack.ResponseUrl.ToString())}";
        using var response = await SlackSigner.PostAsync(host.Client, ParityHost.SlackSecret, "slack/commands", body, "application/x-www-form-urlencoded");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        return CardJson.AllText(json.RootElement);
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var admin = new NpgsqlConnection(server);
        await admin.OpenAsync(CancellationToken.None);
        await using var command = new NpgsqlCommand(sql, admin);
        await command.ExecuteNonQueryAsync(CancellationToken.None);
    }
}
