namespace GoalFrames.Conversation.Reminders;

/// <summary>The <c>Reminders</c> settings, checked when read.</summary>
/// <param name="DaysBefore"><c>Reminders:DaysBefore</c>: how many days before the due date a reminder goes out (e.g. 7 and 2).</param>
/// <param name="TimeZone"><c>Reminders:TimeZone</c> (default UTC): the zone of people whose platform gives none.</param>
/// <param name="Hours"><c>Reminders:WorkingHours</c> and <c>Reminders:WorkingDays</c> (default 09:00–17:00, Monday–Friday).</param>
public sealed record ReminderOptions(IReadOnlyList<int> DaysBefore, TimeZoneInfo TimeZone, WorkingHours Hours)
{
    /// <summary><c>Reminders:CheckIntervalMinutes</c> (default 5): how often an instance looks for reminders that are due.</summary>
    public TimeSpan CheckInterval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a claimed reminder stays claimed when its instance dies before sending; then another instance sends it.</summary>
    public TimeSpan ClaimFor { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How many times a manager's reminder of one reminder day is tried before it is given up.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>How long a person's time zone, once looked up, is used before it is looked up again.</summary>
    public TimeSpan TimeZoneFor { get; init; } = TimeSpan.FromHours(6);

    /// <summary>
    /// How long the schedule of a reminder day must be kept at least, whatever the retention: a reminder day stays the
    /// one to send until the next (at most the longest of <see cref="DaysBefore"/>), and a day ahead of UTC in the
    /// furthest zones. Purged sooner, a reminder already sent that day could be sent again.
    /// </summary>
    public TimeSpan ScheduleKeptFor => TimeSpan.FromDays(DaysBefore.DefaultIfEmpty(0).Max() + 2);
}
