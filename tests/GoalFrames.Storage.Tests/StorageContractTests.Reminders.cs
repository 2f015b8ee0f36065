using GoalFrames.Conversation.Reminders;
using GoalFrames.Engine;
using GoalFrames.Engine.Drafts;
using GoalFrames.Storage.Sql;
using GoalFrames.Storage.Stores;
using GoalFrames.Testing;

namespace GoalFrames.Storage.Tests;

/// <summary>The reminder schedule: managers to remind, opt-outs, sent goals, and one claim per manager and reminder day across instances.</summary>
public abstract partial class StorageContractTests
{
    private static readonly DateOnly ReminderDay = new(2026, 3, 9);

    private protected IReminderStore Reminders => new SqlReminderStore(Database);

    [Fact]
    public async Task Reminders_Managers_AreOwnersOfDraftsAboutSomeone_OnceEach_UnlessTheyTurnedRemindersOff()
    {
        await SaveNewAsync(Samples.Alice, Samples.Content(FrameKind.Smart) with { About = Ana });
        await SaveNewAsync(Samples.Alice, Samples.Content(FrameKind.Okr) with { About = Ben });
        await SaveNewAsync(Samples.Bob, Samples.Content(FrameKind.Smart));
        await SaveNewAsync(Samples.AliceOnTeams, Samples.Content(FrameKind.Smart) with { About = Ana });

        Assert.Equal([Samples.Alice, Samples.AliceOnTeams], (await Reminders.ManagersAsync(Cancel)).OrderBy(o => o.ToString(), StringComparer.Ordinal));

        await Reminders.SetWantsRemindersAsync(Samples.Alice, wanted: false, Cancel);
        await Reminders.SetWantsRemindersAsync(Samples.Alice, wanted: false, Cancel);
        Assert.False(await Reminders.WantsRemindersAsync(Samples.Alice, Cancel));
        Assert.True(await Reminders.WantsRemindersAsync(Samples.AliceOnTeams, Cancel));
        Assert.Equal([Samples.AliceOnTeams], await Reminders.ManagersAsync(Cancel));

        await new SqlReminderStore(Backend.Open(Time)).SetWantsRemindersAsync(Samples.Alice, wanted: true, Cancel);
        Assert.True(await Reminders.WantsRemindersAsync(Samples.Alice, Cancel));
        Assert.Equal(2, (await Reminders.ManagersAsync(Cancel)).Count);
    }

    [Fact]
    public async Task Reminders_Sent_AreTheManagersSentGoalsOnly()
    {
        await InsertSentGoalsAsync(Samples.Alice, Ana.UserId, Samples.ProfileId, Start);
        await InsertSentGoalsAsync(Samples.Bob, Ben.UserId, Samples.ProfileId, Start);

        var sent = Assert.Single(await Reminders.SentAsync(Samples.Alice, Cancel));

        Assert.Equal(new SentGoalsMark(Ana.UserId, Samples.ProfileId, Start), sent);
        Assert.Empty(await Reminders.SentAsync(Samples.AliceInAnotherWorkspace, Cancel));
    }

    [Fact]
    public async Task Reminders_Claim_ManyInstancesAtOnce_ExactlyOneWins_AndASentReminderIsNeverClaimedAgain()
    {
        var instances = Enumerable.Range(0, 6).Select(_ => new SqlReminderStore(Backend.Open(Time))).ToList();
        var until = Start.AddMinutes(10);

        var claims = await Task.WhenAll(instances.Select(store => Task.Run(() => store.TryClaimAsync(Samples.Alice, ReminderDay, until, 3, Cancel), Cancel)));

        Assert.Equal(1, claims.Count(c => c));
        var winner = instances[Array.IndexOf(claims, true)];
        await winner.MarkSentAsync(Samples.Alice, ReminderDay, Cancel);
        Time.Advance(TimeSpan.FromDays(1));
        Assert.False(await instances[0].TryClaimAsync(Samples.Alice, ReminderDay, Time.GetUtcNow().AddMinutes(10), 3, Cancel));
        Assert.True(await instances[0].TryClaimAsync(Samples.Bob, ReminderDay, Time.GetUtcNow().AddMinutes(10), 3, Cancel));
        Assert.True(await instances[0].TryClaimAsync(Samples.Alice, ReminderDay.AddDays(5), Time.GetUtcNow().AddMinutes(10), 3, Cancel));
    }

    [Fact]
    public async Task Reminders_Claim_ReleasedAfterAFailure_IsClaimedAgain_UntilTheAttemptsRunOut()
    {
        Assert.True(await Reminders.TryClaimAsync(Samples.Alice, ReminderDay, Start.AddMinutes(10), 2, Cancel));
        Assert.False(await Reminders.TryClaimAsync(Samples.Alice, ReminderDay, Start.AddMinutes(10), 2, Cancel));

        await Reminders.ReleaseAsync(Samples.Alice, ReminderDay, Cancel);
        Assert.True(await Reminders.TryClaimAsync(Samples.Alice, ReminderDay, Start.AddMinutes(10), 2, Cancel));

        await Reminders.ReleaseAsync(Samples.Alice, ReminderDay, Cancel);
        Assert.False(await Reminders.TryClaimAsync(Samples.Alice, ReminderDay, Start.AddMinutes(10), 2, Cancel));
    }

    [Fact]
    public async Task Reminders_Claim_OfAnInstanceThatDiedBeforeSending_LapsesAtItsTime()
    {
        Assert.True(await new SqlReminderStore(Backend.Open(Time)).TryClaimAsync(Samples.Alice, ReminderDay, Start.AddMinutes(10), 3, Cancel));

        Time.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromMilliseconds(1));
        Assert.False(await Reminders.TryClaimAsync(Samples.Alice, ReminderDay, Time.GetUtcNow().AddMinutes(10), 3, Cancel));

        Time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(await Reminders.TryClaimAsync(Samples.Alice, ReminderDay, Time.GetUtcNow().AddMinutes(10), 3, Cancel));
    }

    [Fact]
    public async Task Reminders_PastRetention_TheScheduleOfOldReminderDaysIsPurged_ButOptOutsAreKept()
    {
        // Start is 2 March 2026. Alice's reminder of 9 March was sent; Bob's of 10 March was claimed, never sent.
        Assert.True(await Reminders.TryClaimAsync(Samples.Alice, ReminderDay, Start.AddMinutes(10), 3, Cancel));
        await Reminders.MarkSentAsync(Samples.Alice, ReminderDay, Cancel);
        Assert.True(await Reminders.TryClaimAsync(Samples.Bob, ReminderDay.AddDays(1), Start.AddMinutes(10), 3, Cancel));
        await Reminders.SetWantsRemindersAsync(Samples.Alice, wanted: false, Cancel);

        // 20 March: with 10 days kept, 9 March goes (older than 10 March), 10 March stays.
        Time.Advance(TimeSpan.FromDays(18));
        Assert.Equal(1, await Reminders.PurgeOlderThanAsync(TimeSpan.FromDays(10), Cancel));
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM reminders_sent"));
        Assert.False(await Reminders.TryClaimAsync(Samples.Bob, ReminderDay.AddDays(1), Time.GetUtcNow().AddMinutes(10), 1, Cancel));

        Time.Advance(TimeSpan.FromDays(365));
        Assert.Equal(1, await Reminders.PurgeOlderThanAsync(TimeSpan.FromDays(10), Cancel));
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM reminders_sent"));
        Assert.False(await Reminders.WantsRemindersAsync(Samples.Alice, Cancel));
    }

    /// <summary>A row of <c>sent_goals</c> (migration 6), as the send-to-report store writes it.</summary>
    private protected async Task InsertSentGoalsAsync(DraftOwner owner, string subjectId, string profileId, DateTimeOffset sentAt)
    {
        await using var connection = await Database.OpenAsync(Cancel);
        await using var command = connection.Sql(
            """
            INSERT INTO sent_goals (id, platform, workspace, user_id, subject_id, subject_name, profile_id, manager_name, snapshot, sends, sent_at)
            VALUES (@id, @platform, @workspace, @user_id, @subject_id, @subject_id, @profile_id, 'manager', @snapshot, 1, @sent_at)
            """);
        command.Add("@id", Backend.Dialect.Id(Guid.NewGuid()));
        command.Add("@platform", owner.Platform);
        command.Add("@workspace", owner.Workspace);
        command.Add("@user_id", owner.UserId);
        command.Add("@subject_id", subjectId);
        command.Add("@profile_id", profileId);
        Backend.Dialect.Json(command, "@snapshot", "{}");
        command.Add("@sent_at", Backend.Dialect.Timestamp(sentAt));
        await command.ExecuteNonQueryAsync(Cancel);
    }
}
