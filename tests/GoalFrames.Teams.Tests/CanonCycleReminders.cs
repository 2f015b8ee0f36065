using GoalFrames.Canon;
using GoalFrames.Conversation.Reminders;
using GoalFrames.Engine.Conversation;

namespace GoalFrames.Teams.Tests;

/// <summary>
/// Reminders as the GoalFrames host wires them (<c>ReminderService.AddTo</c>) on a test clock: the sample canon's review
/// cycle has goals due on Sunday 31 January 2027, and reminders go out 3 and 2 days before (Thursday 28, Friday 29) in
/// working hours of <c>Reminders:TimeZone</c>, UTC (Teams gives no time zone).
/// </summary>
internal static class CanonCycleReminders
{
    /// <summary>Thursday 28 January 2027, 10:00 UTC: three days before the goals due date, in working hours.</summary>
    public static readonly DateTimeOffset ThreeDaysBefore = new(2027, 1, 28, 10, 0, 0, TimeSpan.Zero);

    /// <summary>Adds reminders on <paramref name="time"/>, with the due date of the served canon's review cycle.</summary>
    public static Action<IServiceCollection> On(TimeProvider time) => services =>
    {
        services.AddSingleton(time);
        services.AddSingleton<ICanonSource>(sp => new FixedCanonSource(sp.GetRequiredService<GoalsResponder>().Canon));
        services.AddGoalFramesReminders(new ReminderOptions([3, 2], TimeZoneInfo.Utc, WorkingHours.Default));
    };
}
