using System.Net;
using GoalFrames.Host.Hosting;
using GoalFrames.Testing;

namespace GoalFrames.Host.Tests;

/// <summary>
/// The <c>Reminders</c> settings: off unless DaysBefore is set; the due date is the canon's review cycle unless
/// GoalsDueDate overrides it, and the host says at start which; a setting that cannot be read is named with what to write.
/// </summary>
public sealed class ReminderSettingsTests
{
    [Fact]
    public void WithoutDaysBefore_RemindersAreOff()
    {
        Assert.Null(ReminderSettings.Read(Settings(("Reminders:GoalsDueDate", "2026-03-20"), ("Reminders:DaysBefore", ""))));
    }

    [Fact]
    public void DaysBeforeAsAListOrAnArray_TurnsThemOn_WithTheDefaults()
    {
        var (options, due) = ReminderSettings.Read(Settings(("Reminders:DaysBefore", "7, 2"), ("Reminders:GoalsDueDate", "2026-03-20")))!.Value;
        var array = ReminderSettings.Read(Settings(("Reminders:DaysBefore:0", "7"), ("Reminders:DaysBefore:1", "2"), ("Reminders:GoalsDueDate", "2026-03-20")))!.Value.Options;

        Assert.Equal(new DateOnly(2026, 3, 20), due!.Value);
        Assert.Equal([7, 2], options.DaysBefore);
        Assert.Equal([7, 2], array.DaysBefore);
        Assert.Equal(TimeZoneInfo.Utc.Id, options.TimeZone.Id);
        Assert.True(options.Hours.Contains(new DateTime(2026, 3, 13, 9, 0, 0, DateTimeKind.Unspecified)));
        Assert.False(options.Hours.Contains(new DateTime(2026, 3, 14, 10, 0, 0, DateTimeKind.Unspecified)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void DaysBeforeWithoutGoalsDueDate_TurnsThemOn_TheCanonsReviewCycleGivingTheDate(string dueSetting)
    {
        var without = ReminderSettings.Read(Settings(("Reminders:DaysBefore", "7,2")));
        var empty = ReminderSettings.Read(Settings(("Reminders:DaysBefore", "7,2"), ("Reminders:GoalsDueDate", dueSetting)));

        Assert.Equal([7, 2], without!.Value.Options.DaysBefore);
        Assert.Null(without.Value.DueDate);
        Assert.Null(empty!.Value.DueDate);
    }

    [Fact]
    public async Task AHost_WithRemindersOnAndNoReviewCycleInTheCanon_StartsAndWarnsOnceWhatToDeclare()
    {
        using var canon = new TempCanon(DriftCanons.Before);
        await using var host = await TestHost.StartAsync("--canon", canon.Dir, "--Reminders:DaysBefore", "7,2");
        using var client = new HttpClient { BaseAddress = host.BaseAddress };

        await host.WaitForLogAsync("Reminders are on (Reminders:DaysBefore 7,2) but no reminder will be sent: the canon declares no review cycle and Reminders:GoalsDueDate is not set. Declare review_cycle (name, start, end, goals_due) in canon.yaml");
        using var ready = await client.GetAsync(new Uri("readyz", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Single(host.Log.Split('\n'), line => line.Contains("no reminder will be sent", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("", "Reminders on, 7,2 days before goals are due on 2027-01-31: review_cycle 'FY2027 goals' of canon.yaml")]
    [InlineData("2027-01-20", "Reminders on, 7,2 days before goals are due on 2027-01-20: the setting Reminders:GoalsDueDate, which overrides the canon (it says 2027-01-31, review_cycle 'FY2027 goals')")]
    public async Task AHost_WithRemindersOn_SaysAtStartWhereTheDueDateComesFrom(string dueSetting, string expected)
    {
        await using var host = await TestHost.StartAsync("--canon", RepoPaths.SampleCanon, "--Reminders:DaysBefore", "7,2", "--Reminders:GoalsDueDate", dueSetting);

        await host.WaitForLogAsync(expected);

        Assert.DoesNotContain("no reminder will be sent", host.Log, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GoalsDueDate", "20/03/2026", "Reminders:GoalsDueDate is '20/03/2026'")]
    [InlineData("TimeZone", "Mars/Olympus", "Reminders:TimeZone is 'Mars/Olympus'")]
    [InlineData("WorkingHours", "17:00-09:00", "Reminders:WorkingHours is '17:00-09:00'")]
    [InlineData("WorkingDays", "Mon,Funday", "Reminders:WorkingDays is 'Mon,Funday'")]
    [InlineData("DaysBefore", "seven", "Reminders:DaysBefore is 'seven'")]
    public void AnUnreadableSetting_StopsTheStart_NamingItAndWhatToWrite(string key, string value, string expected)
    {
        var settings = new List<(string, string)> { ("Reminders:DaysBefore", "7,2"), ("Reminders:GoalsDueDate", "2026-03-20") };
        settings.RemoveAll(s => s.Item1 == $"Reminders:{key}");
        settings.Add(($"Reminders:{key}", value));

        var error = Assert.Throws<InvalidOperationException>(() => ReminderSettings.Read(Settings([.. settings])));

        Assert.StartsWith(expected + "; it must be", error.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Settings(params (string Key, string Value)[] pairs) =>
        new ConfigurationBuilder().AddInMemoryCollection(pairs.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))).Build();
}
