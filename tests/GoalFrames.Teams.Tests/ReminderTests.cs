using GoalFrames.Conversation.Reminders;
using GoalFrames.Engine;
using GoalFrames.Engine.Drafts;
using GoalFrames.Testing;
using Microsoft.Extensions.Time.Testing;

namespace GoalFrames.Teams.Tests;

/// <summary>
/// Reminders in Teams, through the host on loopback and a fake Bot Connector, on the canon's review cycle
/// (<see cref="CanonCycleReminders"/>): a manager the bot knows from their personal chat is reminded there, by the same
/// messenger as "send to the report".
/// </summary>
public sealed class ReminderTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(CanonCycleReminders.ThreeDaysBefore);
    private FakeConnector _connector = null!;
    private TeamsTestHost _host = null!;
    private TeamsManager _alex = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _host = await TeamsTestHost.StartAsync(configure: CanonCycleReminders.On(_time));
        _alex = new TeamsManager(_host.Client, _connector);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task AManagerKnownFromTheirPersonalChat_IsRemindedThereOnce_AndStopRemindersSilencesTheNextReminderDay()
    {
        await _alex.SaveIncompleteDraftAboutAsync("29:ana-id", "Ana");

        await RunTheLoopUntilAsync("sent to teams/tenant-1/aad-user-1");

        // In the stored personal chat: no new conversation was created for it.
        var card = Assert.Single(_alex.Reminders());
        Assert.DoesNotContain(_connector.Calls, c => c.RawPath.EndsWith("/v3/conversations", StringComparison.Ordinal));
        // Teams' members API gives no time zone, so the round asked it nothing (the configured zone is the manager's).
        Assert.DoesNotContain(_connector.Calls, c => c.Method == "GET" && c.RawPath.Contains("/members/", StringComparison.Ordinal));
        var lines = CardJson.AllText(card).Split('\n');
        Assert.Equal("Goals are due in 3 days, on Sunday 31 January 2027. Still to do:", lines[0]);
        var ana = Assert.Single(lines, l => l.StartsWith("• Ana:", StringComparison.Ordinal));
        Assert.Contains("blanks empty", ana, StringComparison.Ordinal);
        Assert.Contains("not sent to Ana yet", ana, StringComparison.Ordinal);
        Assert.Equal(["Open Ana", "Stop reminders"], CardJson.ButtonTitles(card));

        // Open Ana: the manager lands on their drafts about her.
        var opened = await _alex.PressAsync(card, "Open Ana");
        Assert.StartsWith("Your drafts about Ana:", opened.GetString(), StringComparison.Ordinal);

        // At most one a day: a later round of the same day sends nothing.
        _time.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await RoundAsync());
        Assert.Single(_alex.Reminders());

        var stopped = await _alex.PressAsync(card, "Stop reminders");
        Assert.Equal("Reminders are off. \"goals remind on\" turns them back on.", stopped.GetString());

        // Friday 29 January, two days before: a reminder day, but the manager said stop.
        _time.Advance(TimeSpan.FromDays(1) - TimeSpan.FromHours(2));
        Assert.Equal(0, await RoundAsync());
        Assert.Single(_alex.Reminders());

        // Turned back on the same Friday, the day's reminder goes out: the silence above was the opt-out.
        await _alex.SayAsync("goals remind on", "Reminders are on");
        Assert.Equal(1, await RoundAsync());
        Assert.StartsWith("Goals are due in 2 days, on Sunday 31 January 2027.", CardJson.AllText(_alex.Reminders()[1]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AManagerInATenantWhereTheBotKnowsNoConversation_IsLoggedAsUnreachable_TriedThreeTimesThatDay_AndOthersAreStillReminded()
    {
        // Kim's draft is in the store under tenant-0, where the bot holds no conversation reference (written to the store
        // directly: through Teams, saving a draft stores the chat it came from). tenant-0 sorts first, so her failure
        // comes before Alex's reminder in the same round.
        var kim = new DraftOwner("teams", "tenant-0", "aad-kim");
        var content = Samples.Content(FrameKind.Smart, (Samples.FirstItem(FrameKind.Smart), "target", "12")) with { About = new DraftSubject("29:ben-id", "Ben") };
        Assert.IsType<SaveResult.Saved>(await _host.Services.GetRequiredService<IDraftStore>().SaveAsync(kim, content, 0, Cancel));
        await _alex.SaveIncompleteDraftAboutAsync("29:ana-id", "Ana");

        await RunTheLoopUntilAsync("sent to teams/tenant-1/aad-user-1");

        var failure = Assert.Single(Failures());
        Assert.Equal(LogLevel.Warning, failure.Level);
        Assert.Contains("GoalFrames has no conversation in this organisation", failure.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ben", CardJson.AllText(Assert.Single(_alex.Reminders())), StringComparison.Ordinal);

        // The claim was given back: the next rounds try Kim again, up to three attempts for the day, then give up.
        var tries = new List<int>();
        for (var round = 0; round < 3; round++)
        {
            _time.Advance(TimeSpan.FromMinutes(5));
            Assert.Equal(0, await RoundAsync());
            tries.Add(Failures().Count);
        }

        Assert.Equal([2, 3, 3], tries);
        Assert.Single(_alex.Reminders());

        // Friday 29 January is the next reminder day: Kim is tried again (and still unreachable), Alex is reminded.
        _time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await RoundAsync());
        Assert.Equal(4, Failures().Count);
        Assert.Equal(2, _alex.Reminders().Count);
    }

    /// <summary>Runs the reminder loop as the host does, until the line is logged, then stops it.</summary>
    private async Task RunTheLoopUntilAsync(string line)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        var loop = _host.Services.GetRequiredService<ReminderLoop>().RunAsync(stop.Token);
        await _host.Logs.WaitForAsync(line);
        await stop.CancelAsync();
        await loop.WaitAsync(TimeSpan.FromSeconds(10), Cancel);
    }

    private Task<int> RoundAsync() => _host.Services.GetRequiredService<ReminderRunner>().RunOnceAsync(Cancel);

    private List<(LogLevel Level, string Text)> Failures() =>
        [.. _host.Logs.Lines.Where(l => l.Text.Contains("Reminder to teams/tenant-0/aad-kim failed", StringComparison.Ordinal))];
}
