using GoalFrames.Host.Hosting;

namespace GoalFrames.Host.Tests;

/// <summary>The <c>Reminders</c> settings: off unless DaysBefore is set; a setting that cannot be read is named with what to write.</summary>
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

        Assert.Equal(new DateOnly(2026, 3, 20), due);
        Assert.Equal([7, 2], options.DaysBefore);
        Assert.Equal([7, 2], array.DaysBefore);
        Assert.Equal(TimeZoneInfo.Utc.Id, options.TimeZone.Id);
        Assert.True(options.Hours.Contains(new DateTime(2026, 3, 13, 9, 0, 0, DateTimeKind.Unspecified)));
        Assert.False(options.Hours.Contains(new DateTime(2026, 3, 14, 10, 0, 0, DateTimeKind.Unspecified)));
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
