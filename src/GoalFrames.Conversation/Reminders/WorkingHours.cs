namespace GoalFrames.Conversation.Reminders;

/// <summary>When reminders may arrive, in the person's own time zone: from <paramref name="Start"/> until <paramref name="End"/> on the given days.</summary>
/// <param name="Start">The first minute (e.g. 09:00).</param>
/// <param name="End">The end, not included (e.g. 17:00); after <paramref name="Start"/>.</param>
/// <param name="Days">The working days.</param>
public sealed record WorkingHours(TimeOnly Start, TimeOnly End, IReadOnlySet<DayOfWeek> Days)
{
    /// <summary>09:00 to 17:00, Monday to Friday.</summary>
    public static WorkingHours Default { get; } = new(
        new TimeOnly(9, 0),
        new TimeOnly(17, 0),
        new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday });

    /// <summary>True when the local time falls inside working hours.</summary>
    /// <param name="local">A wall-clock time in the person's zone.</param>
    public bool Contains(DateTime local)
    {
        var time = TimeOnly.FromDateTime(local);
        return Days.Contains(local.DayOfWeek) && time >= Start && time < End;
    }
}
