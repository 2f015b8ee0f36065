namespace GoalFrames.Conversation.Reminders;

/// <summary>Which reminder a day belongs to: the latest "due date minus N days" on or before it, up to the due date.</summary>
internal static class ReminderCalendar
{
    /// <summary>
    /// The reminder day that is current on <paramref name="today"/>, or null (before the first one, or after the due
    /// date). A reminder missed on its day (the service was down) is still current the next days, until the next one.
    /// </summary>
    public static DateOnly? CurrentDay(DateOnly due, DateOnly today, IReadOnlyList<int> daysBefore)
    {
        if (today > due)
        {
            return null;
        }

        DateOnly? current = null;
        foreach (var days in daysBefore)
        {
            var day = due.AddDays(-days);
            if (day <= today && (current is null || day > current))
            {
                current = day;
            }
        }

        return current;
    }
}
