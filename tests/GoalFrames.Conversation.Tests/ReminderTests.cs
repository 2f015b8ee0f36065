using GoalFrames.Canon;
using GoalFrames.Conversation.Outcomes;
using GoalFrames.Conversation.Platforms;
using GoalFrames.Conversation.Reminders;
using GoalFrames.Engine;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Drafts;
using GoalFrames.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace GoalFrames.Conversation.Tests;

/// <summary>
/// Reminders before the goals due date, through the core on a real SQLite store: a manager gets one direct message
/// listing what is left per person, on a reminder day, in working hours of their own time zone, at most once a day.
/// </summary>
public sealed class ReminderTests
{
    private static readonly DateOnly Due = new(2026, 3, 20);
    private static readonly DraftSubject Ana = new("U0101", "ana");
    private static readonly DraftSubject Ben = new("U0102", "ben");

    /// <summary>Friday 13 March 2026 (seven days before), 08:59 in New York (EDT, UTC-4).</summary>
    private static readonly DateTimeOffset BeforeHoursSevenDaysBefore = new(2026, 3, 13, 12, 59, 0, TimeSpan.Zero);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OutsideWorkingHoursInTheManagersZone_NothingIsSent_ThenOneMessageWhenHoursStart()
    {
        await using var run = await Run.StartAsync(BeforeHoursSevenDaysBefore);
        await run.SaveAsync(Ana, FrameKind.Smart, complete: false);

        Assert.Equal(0, await run.RoundAsync());
        Assert.Empty(run.Messenger.Sent);

        run.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await run.RoundAsync());

        var (to, words) = Assert.Single(run.Messenger.Sent);
        Assert.Equal(CoreHarness.Manager, to);
        Assert.StartsWith("Goals are due in 7 days, on Friday 20 March 2026.", words.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheMessage_ListsWhatIsLeftPerPerson_AndItsButtonsOpenEachPerson()
    {
        await using var run = await Run.StartAsync(BeforeHoursSevenDaysBefore.AddHours(1));
        await run.SaveAsync(Ana, FrameKind.Smart, complete: false);
        await run.SaveAsync(Ben, FrameKind.Smart, complete: true);

        await run.RoundAsync();

        var words = Assert.Single(run.Messenger.Sent).Words;
        var lines = words.Text.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("• ana:", StringComparison.Ordinal) && l.Contains("blanks empty", StringComparison.Ordinal) && l.Contains("not sent to ana yet", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("• ben:", StringComparison.Ordinal) && !l.Contains("blanks empty", StringComparison.Ordinal) && l.Contains("not sent to ben yet", StringComparison.Ordinal));
        Assert.Equal(["Open ana", "Open ben", "Stop reminders"], words.Buttons.Select(b => b.Title));

        var opened = await run.Harness.Core.ActionAsync(CoreHarness.InDm, words.Buttons[0].Action, Cancel);
        Assert.Contains("Your drafts about ana:", Assert.IsType<Answer.Words>(opened.Said).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AManagerWithEverythingCompleteAndSent_GetsNothing()
    {
        await using var run = await Run.StartAsync(BeforeHoursSevenDaysBefore.AddHours(1));
        await run.SaveAsync(Ana, FrameKind.Smart, complete: true);
        run.MarkSent(Ana, run.Time.GetUtcNow().AddMinutes(1));

        Assert.Equal(0, await run.RoundAsync());
        Assert.Empty(run.Messenger.Sent);
    }

    [Fact]
    public async Task GoalsChangedAfterTheyWereSent_AreLeftToDo()
    {
        await using var run = await Run.StartAsync(BeforeHoursSevenDaysBefore.AddHours(1));
        await run.SaveAsync(Ana, FrameKind.Smart, complete: true);
        run.MarkSent(Ana, run.Time.GetUtcNow().AddDays(-1));

        Assert.Equal(1, await run.RoundAsync());
        Assert.Contains("• ana: Clinical", Assert.Single(run.Messenger.Sent).Words.Text, StringComparison.Ordinal);
        Assert.Contains("changed since you sent it", run.Messenger.Sent.Single().Words.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AtMostOneADay_AndOnePerReminderDay_CaughtUpTheDayAfterIfMissed()
    {
        await using var run = await Run.StartAsync(BeforeHoursSevenDaysBefore.AddHours(1));
        await run.SaveAsync(Ana, FrameKind.Smart, complete: false);

        Assert.Equal(1, await run.RoundAsync());
        run.Time.Advance(TimeSpan.FromHours(3));
        Assert.Equal(0, await run.RoundAsync());
        run.Time.Advance(TimeSpan.FromDays(3));
        Assert.Equal(0, await run.RoundAsync());

        // Wednesday 18 March, two days before: the second reminder.
        run.Time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await run.RoundAsync());
        Assert.Equal(0, await run.RoundAsync());
        Assert.Equal(2, run.Messenger.Sent.Count);
        Assert.StartsWith("Goals are due in 2 days", run.Messenger.Sent[1].Words.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TurnedOff_GetsNothing_UntilTurnedBackOn()
    {
        await using var run = await Run.StartAsync(BeforeHoursSevenDaysBefore.AddHours(1));
        await run.SaveAsync(Ana, FrameKind.Smart, complete: false);

        var off = await run.Harness.Core.LineAsync(CoreHarness.InDm, "goals remind off", Cancel);
        Assert.Equal("Reminders are off. \"goals remind on\" turns them back on.", Assert.IsType<Answer.Words>(off.Said).Text);
        Assert.Equal(0, await run.RoundAsync());

        var on = await run.Harness.Core.LineAsync(CoreHarness.InDm, "goals remind on", Cancel);
        Assert.StartsWith("Reminders are on", Assert.IsType<Answer.Words>(on.Said).Text, StringComparison.Ordinal);
        Assert.Equal(1, await run.RoundAsync());
    }

    [Fact]
    public async Task ASendThatFails_IsTriedAgainNextRound_AndThenNeverRepeated()
    {
        await using var run = await Run.StartAsync(BeforeHoursSevenDaysBefore.AddHours(1));
        await run.SaveAsync(Ana, FrameKind.Smart, complete: false);
        run.Messenger.FailNext = 1;

        Assert.Equal(0, await run.RoundAsync());
        Assert.Empty(run.Messenger.Sent);

        run.Time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(1, await run.RoundAsync());
        run.Time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(0, await run.RoundAsync());
        Assert.Single(run.Messenger.Sent);
    }

    [Fact]
    public async Task WithoutAZoneFromThePlatform_TheConfiguredZoneIsUsed()
    {
        // 09:30 in Tokyo on Friday 13 March is 00:30 UTC: inside working hours only in the configured zone.
        await using var run = await Run.StartAsync(new DateTimeOffset(2026, 3, 13, 0, 30, 0, TimeSpan.Zero), managerZone: null, configuredZone: "Asia/Tokyo");
        await run.SaveAsync(Ana, FrameKind.Smart, complete: false);

        Assert.Equal(1, await run.RoundAsync());
    }

    [Fact]
    public async Task TheDueDate_IsTheCurrentCanonsReviewCycle_NoneUntilHRDeclaresOne_ThenFollowingWhereHRMovesIt()
    {
        var canon = new SwappableCanon(CanonWithCycle(goalsDue: null));
        await using var run = await Run.StartAsync(BeforeHoursSevenDaysBefore.AddHours(1), canon: canon);
        await run.SaveAsync(Ana, FrameKind.Smart, complete: false);

        Assert.Equal(0, await run.RoundAsync());

        canon.Current = CanonWithCycle(goalsDue: "2026-03-20");
        Assert.Equal(1, await run.RoundAsync());
        Assert.StartsWith("Goals are due in 7 days, on Friday 20 March 2026.", run.Messenger.Sent[0].Words.Text, StringComparison.Ordinal);

        // HR moves the deadline a week; on Friday 20 March the reminder counts down to the new date, not the old one.
        canon.Current = CanonWithCycle(goalsDue: "2026-03-27");
        run.Time.Advance(TimeSpan.FromDays(7));
        Assert.Equal(1, await run.RoundAsync());
        Assert.StartsWith("Goals are due in 7 days, on Friday 27 March 2026.", run.Messenger.Sent[1].Words.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSetting_Reminders_GoalsDueDate_OverridesTheCanonsReviewCycle()
    {
        var canon = new SwappableCanon(CanonWithCycle(goalsDue: "2026-03-27"));
        await using var run = await Run.StartAsync(BeforeHoursSevenDaysBefore.AddHours(1), canon: canon, dueSetting: Due);
        await run.SaveAsync(Ana, FrameKind.Smart, complete: false);

        Assert.Equal(1, await run.RoundAsync());
        Assert.StartsWith("Goals are due in 7 days, on Friday 20 March 2026.", Assert.Single(run.Messenger.Sent).Words.Text, StringComparison.Ordinal);
    }

    /// <summary>The loop runs rounds on its own clock: a reminder arrives once the fake clock reaches working hours.</summary>
    [Fact]
    public async Task TheLoop_SendsWhenItsClockReachesWorkingHours()
    {
        await using var run = await Run.StartAsync(BeforeHoursSevenDaysBefore.AddMinutes(-30));
        await run.SaveAsync(Ana, FrameKind.Smart, complete: false);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        var loop = run.Harness.Services.GetRequiredService<ReminderLoop>().RunAsync(stop.Token);

        await run.Directory.Asked.Task.WaitAsync(TimeSpan.FromSeconds(10), Cancel);
        Assert.Empty(run.Messenger.Sent);
        while (!run.Messenger.First.Task.IsCompleted)
        {
            // Each time the loop waits on the clock, move it on by a check interval; the loop's round, not the test, sends.
            await Task.WhenAny(run.Messenger.First.Task, run.Time.WaitForTimerAsync(Cancel));
            run.Time.Advance(TimeSpan.FromMinutes(5));
        }

        await stop.CancelAsync();
        await loop.WaitAsync(TimeSpan.FromSeconds(10), Cancel);
        Assert.Single(run.Messenger.Sent);
        Assert.True(run.Time.GetUtcNow() >= BeforeHoursSevenDaysBefore.AddMinutes(1));
    }

    private sealed class Run : IAsyncDisposable
    {
        private Run(WaitedTimeProvider time, FakeMessenger messenger, FakeDirectory directory, CoreHarness harness)
        {
            Time = time;
            Messenger = messenger;
            Directory = directory;
            Harness = harness;
        }

        public WaitedTimeProvider Time { get; }

        public FakeMessenger Messenger { get; }

        public FakeDirectory Directory { get; }

        public CoreHarness Harness { get; }

        /// <summary>Without <paramref name="canon"/>, the due date is the setting <see cref="Due"/>; with it, the canon's review cycle, unless <paramref name="dueSetting"/> overrides it.</summary>
        public static Task<Run> StartAsync(DateTimeOffset now, string? managerZone = "America/New_York", string configuredZone = "UTC", ICanonSource? canon = null, DateOnly? dueSetting = null)
        {
            var time = new WaitedTimeProvider(now);
            var messenger = new FakeMessenger();
            var directory = new FakeDirectory(managerZone);
            var options = new ReminderOptions([7, 2], TimeZoneInfo.FindSystemTimeZoneById(configuredZone), WorkingHours.Default);
            var harness = new CoreHarness(time: time, configure: services =>
            {
                services.AddSingleton<IPersonMessenger>(messenger);
                services.AddSingleton<IPeopleDirectory>(directory);
                if (canon is null)
                {
                    services.AddGoalFramesReminders(options, new ConfiguredGoalsDueDate(Due));
                }
                else
                {
                    services.AddSingleton(canon);
                    services.AddGoalFramesReminders(options, dueSetting is { } due ? new ConfiguredGoalsDueDate(due) : null);
                }
            });
            return Task.FromResult(new Run(time, messenger, directory, harness));
        }

        public Task<int> RoundAsync() => Harness.Services.GetRequiredService<ReminderRunner>().RunOnceAsync(Cancel);

        public async Task SaveAsync(DraftSubject about, FrameKind kind, bool complete)
        {
            var canon = Harness.Services.GetRequiredService<GoalsResponder>().Canon;
            var sheet = new FrameEngine().Build(canon, canon.FindProfile(CoreHarness.Profile)!, [kind]);
            var empty = DraftContent.FromSheet(sheet, kind, [])!;
            var values = complete ? empty.Rows.SelectMany(r => r.Slots.Select(s => new DraftValue(r.ItemKey, s, "42 by June"))) : [new DraftValue(empty.Rows[0].ItemKey, empty.Rows[0].Slots[0], "42")];
            var content = DraftContent.FromSheet(sheet, kind, values)! with { About = about };
            var existing = await Harness.Store.GetAsync(CoreHarness.Manager, about, CoreHarness.Profile, kind, Cancel);
            Assert.IsType<SaveResult.Saved>(await Harness.Store.SaveAsync(CoreHarness.Manager, content, existing?.Version ?? 0, Cancel));
            Assert.Equal(complete, content.Completeness.IsComplete);
        }

        /// <summary>Records that the manager sent the person their goals, as the send-to-report store writes <c>sent_goals</c>.</summary>
        public void MarkSent(DraftSubject about, DateTimeOffset at)
        {
            using var connection = new SqliteConnection($"Data Source={Harness.DatabaseFile}");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO sent_goals (id, platform, workspace, user_id, subject_id, subject_name, profile_id, manager_name, snapshot, sends, sent_at)
                VALUES ($id, $platform, $workspace, $user, $subject, $subject, $profile, 'manager', '{}', 1, $at)
                """;
            command.Parameters.AddWithValue("$id", Guid.NewGuid().ToString());
            command.Parameters.AddWithValue("$platform", CoreHarness.Manager.Platform);
            command.Parameters.AddWithValue("$workspace", CoreHarness.Manager.Workspace);
            command.Parameters.AddWithValue("$user", CoreHarness.Manager.UserId);
            command.Parameters.AddWithValue("$subject", about.UserId);
            command.Parameters.AddWithValue("$profile", CoreHarness.Profile);
            command.Parameters.AddWithValue("$at", at.ToUnixTimeMilliseconds());
            command.ExecuteNonQuery();
        }

        public async ValueTask DisposeAsync() => await Harness.DisposeAsync();
    }

    /// <summary>A canon written to files and loaded as the host loads it: a small family, and a review cycle due on <paramref name="goalsDue"/> (none when null).</summary>
    private static CanonSnapshot CanonWithCycle(string? goalsDue)
    {
        var cycle = goalsDue is null ? string.Empty : $"review_cycle:\n  name: FY2026 goals\n  start: 2026-01-01\n  end: 2026-12-31\n  goals_due: {goalsDue}\n";
        using var files = new TempCanon(DriftCanons.Before, header: TempCanon.Header + cycle);
        return CanonLoader.LoadOrThrow(files.Dir);
    }

    /// <summary>The canon the host serves, swapped as a reload swaps it.</summary>
    private sealed class SwappableCanon(ICanon canon) : ICanonSource
    {
        public ICanon Current { get; set; } = canon;
    }

    private sealed class FakeMessenger : IPersonMessenger
    {
        public string Platform => "slack";

        public List<(DraftOwner To, Answer.Words Words)> Sent { get; } = [];

        public TaskCompletionSource First { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int FailNext { get; set; }

        public Task<Delivery> SendAsync(DraftOwner from, DraftSubject person, Answer answer, CancellationToken cancellationToken)
        {
            if (FailNext > 0)
            {
                FailNext--;
                return Task.FromResult<Delivery>(new Delivery.Unreachable("channel_not_found (fake)"));
            }

            Assert.Equal(from.UserId, person.UserId);
            lock (Sent)
            {
                Sent.Add((from, Assert.IsType<Answer.Words>(answer)));
            }

            First.TrySetResult();
            return Task.FromResult<Delivery>(new Delivery.Delivered());
        }
    }

    private sealed class FakeDirectory(string? zone) : IPeopleDirectory
    {
        public string Platform => "slack";

        public bool GivesTimeZones => true;

        public TaskCompletionSource Asked { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<PersonDetails?> FindAsync(string workspace, string userId, CancellationToken cancellationToken)
        {
            Asked.TrySetResult();
            return Task.FromResult<PersonDetails?>(new PersonDetails(userId, "manager", null, zone));
        }
    }
}
