using System.Text.Json;
using GoalFrames.Canon;
using GoalFrames.Conversation.Platforms;
using GoalFrames.Conversation.Reminders;
using GoalFrames.Engine;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Drafts;
using GoalFrames.Storage;
using GoalFrames.Testing;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace GoalFrames.Slack.Tests;

/// <summary>
/// Reminders are sent exactly once across instances: two instances, each with its own services and its own connection
/// pool on one PostgreSQL database (created for the test, dropped after), race the same due moment on a fake clock; the fake Slack Web API counts the
/// direct messages. Needs <c>GOALFRAMES_TEST_POSTGRES</c> (skipped without it, failed without it under <c>CI=true</c>).
/// </summary>
public sealed class ReminderInstancesTests : IAsyncLifetime
{
    private const string Profile = "CLINIC1.CLINICAL3CD6.M5";
    private static readonly DateOnly Due = new(2026, 3, 20);

    /// <summary>Friday 13 March 2026, 10:00 in Paris (UTC+1): seven days before, in working hours.</summary>
    private static readonly DateTimeOffset SevenDaysBefore = new(2026, 3, 13, 9, 0, 0, TimeSpan.Zero);

    private static readonly DraftOwner Manager1 = new("slack", "T1", "UMGR1");
    private static readonly DraftOwner Manager2 = new("slack", "T1", "UMGR2");
    private static readonly DraftOwner OptedOut = new("slack", "T1", "UMGR3");
    private static readonly DraftOwner AllDone = new("slack", "T1", "UMGR4");

    private readonly FakeTimeProvider _time = new(SevenDaysBefore);
    private readonly List<ServiceProvider> _instances = [];
    private FakeSlackApi _slack = null!;
    private TestDatabase? _postgres;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _postgres = await TestDatabase.CreateAsync("goalframes_reminders_");
        _slack = await FakeSlackApi.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }

        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
            await _slack.DisposeAsync();
        }
    }

    [Fact]
    public async Task TwoInstancesRacingTheSameDueMoment_SendExactlyOneDirectMessageToEachManager_AndNoneAfterARestart()
    {
        var first = Instance();
        var second = Instance();
        await SaveAsync(first, Manager1, new DraftSubject("U0101", "ana"), complete: false);
        await SaveAsync(first, Manager1, new DraftSubject("U0102", "ben"), complete: false);
        await SaveAsync(second, Manager2, new DraftSubject("U0201", "cho"), complete: false);
        await SaveAsync(second, OptedOut, new DraftSubject("U0301", "dee"), complete: false);
        await SaveAsync(first, AllDone, new DraftSubject("U0401", "eve"), complete: true);
        await MarkSentAsync(AllDone, "U0401");
        await first.GetRequiredService<IReminderStore>().SetWantsRemindersAsync(OptedOut, wanted: false, Cancel);
        OpensDirectMessages(2);

        var sent = await Task.WhenAll(Enumerable.Range(0, 3).SelectMany(_ => new[] { first, second })
            .Select(instance => Task.Run(() => instance.GetRequiredService<ReminderRunner>().RunOnceAsync(Cancel), Cancel)));

        Assert.Equal(2, sent.Sum());
        Assert.Equal(2, _slack.CallsTo("chat.postMessage"));
        Assert.Equal([Manager1.UserId, Manager2.UserId], OpenedFor().Order(StringComparer.Ordinal));
        var toManager1 = _slack.Calls.Where(c => c.Method == "chat.postMessage").Select(c => c.Body).Single(b => b.Contains("ana", StringComparison.Ordinal));
        Assert.Contains("ben", toManager1, StringComparison.Ordinal);
        Assert.DoesNotContain("cho", toManager1, StringComparison.Ordinal);

        var restarted = Instance();
        _time.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await restarted.GetRequiredService<ReminderRunner>().RunOnceAsync(Cancel));
        Assert.Equal(0, await first.GetRequiredService<ReminderRunner>().RunOnceAsync(Cancel));
        Assert.Equal(2, _slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task ASlackFailureOnOneInstance_IsRetriedByTheOther_AndStillSentOnce()
    {
        var first = Instance();
        var second = Instance();
        await SaveAsync(first, Manager1, new DraftSubject("U0101", "ana"), complete: false);
        _slack.Then("conversations.open", 200, """{"ok":false,"error":"user_not_found"}""");
        OpensDirectMessages(1);

        Assert.Equal(0, await first.GetRequiredService<ReminderRunner>().RunOnceAsync(Cancel));
        _time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(1, await second.GetRequiredService<ReminderRunner>().RunOnceAsync(Cancel));
        Assert.Equal(0, await first.GetRequiredService<ReminderRunner>().RunOnceAsync(Cancel));

        Assert.Equal(1, _slack.CallsTo("chat.postMessage"));
    }

    /// <summary>The next <paramref name="count"/> <c>conversations.open</c> calls answer with a DM channel, as Slack does.</summary>
    private void OpensDirectMessages(int count)
    {
        for (var i = 0; i < count; i++)
        {
            _slack.Then("conversations.open", 200, $$$"""{"ok":true,"channel":{"id":"D000{{{i}}}"}}""");
        }
    }

    private List<string> OpenedFor() =>
        [.. _slack.Calls.Where(c => c.Method == "conversations.open").Select(c => JsonDocument.Parse(c.Body).RootElement.GetProperty("users").GetString()!)];

    /// <summary>One GoalFrames instance as the host wires it: PostgreSQL storage, the Slack adapter on the fake API, reminders.</summary>
    private ServiceProvider Instance()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "postgres",
            ["Storage:ConnectionString"] = _postgres!.ConnectionString,
            ["Slack:ApiBaseUrl"] = _slack.BaseUrl.ToString(),
            ["Slack:BotToken"] = "xoxb-test",
            ["Slack:ChannelPacing"] = "00:00:00",
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<TimeProvider>(_time);
        services.AddSingleton(new GoalsResponder(CanonLoader.LoadOrThrow(RepoPaths.SampleCanon), new FrameEngine()));
        services.AddGoalFramesStorage(configuration);
        services.AddGoalFramesSlack(configuration);
        services.AddSingleton<IPeopleDirectory>(new ParisDirectory());
        services.AddGoalFramesReminders(
            new ReminderOptions([7, 2], TimeZoneInfo.Utc, WorkingHours.Default),
            new ConfiguredGoalsDueDate(Due));
        var provider = services.BuildServiceProvider();
        _instances.Add(provider);
        return provider;
    }

    private static async Task SaveAsync(ServiceProvider instance, DraftOwner manager, DraftSubject about, bool complete)
    {
        var canon = instance.GetRequiredService<GoalsResponder>().Canon;
        var sheet = new FrameEngine().Build(canon, canon.FindProfile(Profile)!, [FrameKind.Smart]);
        var rows = DraftContent.FromSheet(sheet, FrameKind.Smart, [])!.Rows;
        var values = complete ? rows.SelectMany(r => r.Slots.Select(s => new DraftValue(r.ItemKey, s, "12 by June"))) : [new DraftValue(rows[0].ItemKey, rows[0].Slots[0], "12")];
        var content = DraftContent.FromSheet(sheet, FrameKind.Smart, values)! with { About = about };
        Assert.IsType<SaveResult.Saved>(await instance.GetRequiredService<IDraftStore>().SaveAsync(manager, content, 0, Cancel));
    }

    /// <summary>A row of <c>sent_goals</c>, as the send-to-report store writes it.</summary>
    private async Task MarkSentAsync(DraftOwner manager, string subjectId)
    {
        await using var connection = new NpgsqlConnection(_postgres!.ConnectionString);
        await connection.OpenAsync(Cancel);
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO sent_goals (id, platform, workspace, user_id, subject_id, subject_name, profile_id, manager_name, snapshot, sends, sent_at)
            VALUES (@id, @platform, @workspace, @user_id, @subject_id, @subject_id, @profile_id, 'manager', '{}'::jsonb, 1, @sent_at)
            """,
            connection);
        command.Parameters.AddWithValue("id", Guid.NewGuid());
        command.Parameters.AddWithValue("platform", manager.Platform);
        command.Parameters.AddWithValue("workspace", manager.Workspace);
        command.Parameters.AddWithValue("user_id", manager.UserId);
        command.Parameters.AddWithValue("subject_id", subjectId);
        command.Parameters.AddWithValue("profile_id", Profile);
        command.Parameters.AddWithValue("sent_at", _time.GetUtcNow().AddMinutes(1));
        await command.ExecuteNonQueryAsync(Cancel);
    }

    /// <summary>Slack's <c>users.info</c> as the people directory gives it: every manager in Paris.</summary>
    private sealed class ParisDirectory : IPeopleDirectory
    {
        public string Platform => "slack";

        public bool GivesTimeZones => true;

        public Task<PersonDetails?> FindAsync(string workspace, string userId, CancellationToken cancellationToken) =>
            Task.FromResult<PersonDetails?>(new PersonDetails(userId, userId, null, "Europe/Paris"));
    }
}
