using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Engine.Drafts;
using GoalFrames.Host.Hosting;
using GoalFrames.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;

namespace GoalFrames.Host.Tests.Parity;

/// <summary>
/// The GoalFrames host as it is composed for production (Slack and Teams endpoints, the conversation core, a real
/// SQLite store), started in this process on a loopback port, with the fake Slack Web API and the fake Bot Connector.
/// </summary>
internal sealed class ParityHost : IAsyncDisposable
{
    public const string SlackSecret = "parity-secret";
    private readonly WebApplication _app;
    private readonly string _directory;

    private ParityHost(WebApplication app, string directory, FakeSlackApi slack, FakeConnector connector)
    {
        _app = app;
        _directory = directory;
        Slack = slack;
        Connector = connector;
        Client = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/") };
    }

    public HttpClient Client { get; }

    public FakeSlackApi Slack { get; }

    public FakeConnector Connector { get; }

    public IDraftStore Store => _app.Services.GetRequiredService<IDraftStore>();

    public ISentGoalsStore Sent => _app.Services.GetRequiredService<ISentGoalsStore>();

    public Conversation.Reminders.IReminderStore Reminders => _app.Services.GetRequiredService<Conversation.Reminders.IReminderStore>();

    public static async Task<ParityHost> StartAsync(params string[] settings)
    {
        var slack = await FakeSlackApi.StartAsync();
        var connector = await FakeConnector.StartAsync();
        var directory = Directory.CreateTempSubdirectory("goalframes-parity-").FullName;
        string[] args =
        [
            "--urls", "http://127.0.0.1:0",
            "--Canon:Path", RepoPaths.SampleCanon,
            "--Storage:ConnectionString", $"Data Source={Path.Combine(directory, "goalframes.db")}",
            "--Slack:SigningSecret", SlackSecret,
            "--Slack:BotToken", "xoxb-parity",
            "--Slack:ApiBaseUrl", slack.BaseUrl.ToString(),
            "--Slack:ChannelPacing", "00:00:00",
            "--Limits:PerUserPerMinute", "600",
            "--Limits:PerUserBurst", "100",
            "--Logging:LogLevel:Default", "Warning",
            .. settings,
        ];
        var app = GoalFramesWebApp.Build(args, canonPath: null);
        await app.StartAsync();
        return new ParityHost(app, directory, slack, connector);
    }

    /// <summary>The value a person's draft holds in one blank, or null.</summary>
    public async Task<string?> StoredAsync(DraftOwner owner, string input)
    {
        Assert.True(GoalInputs.TryParse(input, out var item, out var slot));
        var draft = await Store.GetAsync(owner, null, "CLINIC1.CLINICAL3CD6.M5", GoalInputs.FrameworkOf(item)!.Value, TestContext.Current.CancellationToken);
        return draft?.Content.Values.FirstOrDefault(v => v.ItemKey == item && v.Slot == slot)?.Value;
    }

    /// <summary>
    /// Takes the database file away (as a failed volume would) until the returned handle is disposed: every store call
    /// fails meanwhile, and works again afterwards.
    /// </summary>
    public IDisposable TakeTheStoreAway()
    {
        var file = Path.Combine(_directory, "goalframes.db");
        File.Move(file, file + ".away");
        return new Restore(() => File.Move(file + ".away", file));
    }

    /// <summary>
    /// Holds the database's write lock from another connection (as a long backup or a stuck writer would) until the
    /// returned handle is disposed: writes wait meanwhile; reads go on.
    /// </summary>
    public IDisposable HoldTheWriteLock()
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(_directory, "goalframes.db")};Pooling=False");
        connection.Open();
        using (var begin = connection.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE;";
            begin.ExecuteNonQuery();
        }

        return new Restore(() =>
        {
            using (var commit = connection.CreateCommand())
            {
                commit.CommandText = "COMMIT;";
                commit.ExecuteNonQuery();
            }

            connection.Dispose();
        });
    }

    public async Task<int> DraftCountAsync(DraftOwner owner) => (await Store.ListAsync(owner, TestContext.Current.CancellationToken)).Count;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Slack.DisposeAsync();
        await Connector.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
