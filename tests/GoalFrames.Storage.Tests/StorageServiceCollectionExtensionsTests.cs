using GoalFrames.Conversation.Platforms;
using GoalFrames.Conversation.Reminders;
using GoalFrames.Engine;
using GoalFrames.Engine.Drafts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using GoalFrames.Testing;

namespace GoalFrames.Storage.Tests;

public sealed class StorageServiceCollectionExtensionsTests : IAsyncDisposable
{
    private readonly SqliteBackend _backend = new();

    [Fact]
    public async Task AddGoalFramesStorage_Sqlite_ResolvesWorkingStores()
    {
        await using var services = Services(new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));

        var drafts = services.GetRequiredService<IDraftStore>();
        await drafts.SaveAsync(Samples.Alice, Samples.Content(FrameKind.Smart), 0, TestContext.Current.CancellationToken);

        Assert.Single(await drafts.ListAsync(Samples.Alice, TestContext.Current.CancellationToken));
        Assert.True(await services.GetRequiredService<IDedupeStore>().TryMarkAsync("k", TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken));
        Assert.NotNull(services.GetRequiredService<IConversationReferenceStore>());
        Assert.NotNull(services.GetRequiredService<IInstallationStore>());
        Assert.True(File.Exists(_backend.File));
    }

    [Fact]
    public async Task HostedService_Start_MigratesThenPurgesPastRetentionOnEveryRound()
    {
        var time = new WaitedTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var services = Services(time, ("RetentionDays", "30"), ("PurgeIntervalMinutes", "60"));
        var drafts = services.GetRequiredService<IDraftStore>();
        var maintenance = Assert.IsType<StorageMaintenanceService>(Assert.Single(services.GetServices<IHostedService>()));
        var cancel = TestContext.Current.CancellationToken;

        await maintenance.StartAsync(cancel);
        Assert.True(File.Exists(_backend.File));
        await drafts.SaveAsync(Samples.Alice, Samples.Content(FrameKind.Smart), 0, cancel);
        time.Advance(TimeSpan.FromDays(29));
        Assert.Equal((0, 0), await maintenance.PurgeOnceAsync(cancel));

        // Past the retention, the next round of the loop (due every 60 minutes of fake time) purges the draft.
        time.Advance(TimeSpan.FromDays(2));
        while ((await drafts.ListAsync(Samples.Alice, cancel)).Count > 0)
        {
            // Each time the loop waits on the clock for its next round, move the clock on by a round.
            await time.WaitForTimerAsync(cancel);
            time.Advance(TimeSpan.FromMinutes(60));
        }

        await maintenance.StopAsync(cancel);
        Assert.Empty(await drafts.ListAsync(Samples.Alice, cancel));
    }

    [Fact]
    public async Task HostedService_WithRemindersOn_KeepsAReminderDayAsLongAsItCanStillBeSent_WhateverTheRetention()
    {
        // Retention 3 days, reminders 7 days before: the reminder of 1 January stays the one to send until 8 January (and
        // a day more ahead of UTC), so its record of having been sent is kept 9 days, and purged after.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 10, 0, 0, TimeSpan.Zero));
        await using var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(time)
            .AddSingleton(new ReminderOptions([7], TimeZoneInfo.Utc, WorkingHours.Default))
            .AddGoalFramesStorage(StorageOptionsTests.Config(("ConnectionString", _backend.ConnectionString), ("RetentionDays", "3")))
            .BuildServiceProvider();
        var maintenance = Assert.IsType<StorageMaintenanceService>(Assert.Single(services.GetServices<IHostedService>()));
        var reminders = services.GetRequiredService<IReminderStore>();
        var cancel = TestContext.Current.CancellationToken;
        var day = new DateOnly(2026, 1, 1);
        await services.GetRequiredService<GoalFrames.Storage.Sql.StorageDatabase>().MigrateAsync(cancel);
        Assert.True(await reminders.TryClaimAsync(Samples.Alice, day, time.GetUtcNow().AddMinutes(10), 3, cancel));
        await reminders.MarkSentAsync(Samples.Alice, day, cancel);

        time.Advance(TimeSpan.FromDays(9));
        Assert.Equal((0, 0), await maintenance.PurgeOnceAsync(cancel));
        Assert.False(await reminders.TryClaimAsync(Samples.Alice, day, time.GetUtcNow().AddMinutes(10), 3, cancel));

        time.Advance(TimeSpan.FromDays(1));
        Assert.Equal((1, 0), await maintenance.PurgeOnceAsync(cancel));
    }

    [Fact]
    public void AddGoalFramesStorage_InMemorySqlite_IsRefused()
    {
        var services = new ServiceCollection().AddGoalFramesStorage(StorageOptionsTests.Config(("ConnectionString", "Data Source=:memory:"))).BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => services.GetRequiredService<IDraftStore>());

        Assert.Contains("in-memory", error.Message, StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync() => await _backend.DisposeAsync();

    private ServiceProvider Services(TimeProvider time, params (string Key, string Value)[] settings) =>
        new ServiceCollection()
            .AddSingleton(time)
            .AddGoalFramesStorage(StorageOptionsTests.Config([("ConnectionString", _backend.ConnectionString), .. settings]))
            .BuildServiceProvider();
}
