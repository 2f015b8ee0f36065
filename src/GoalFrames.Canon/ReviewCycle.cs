namespace GoalFrames.Canon;

/// <summary>
/// The review cycle HR declares in <c>canon.yaml</c> under <c>review_cycle</c>: the period goals are set for, and the
/// date managers should have them written by. Validated on load: the end comes after the start, and the goals due date
/// falls inside the cycle (on its last day at the latest).
/// </summary>
/// <param name="Name">What HR calls the cycle, e.g. <c>FY2027 goals</c>.</param>
/// <param name="Start">The cycle's first day.</param>
/// <param name="End">The cycle's last day.</param>
/// <param name="GoalsDue">The day goals should be written by.</param>
public sealed record ReviewCycle(string Name, DateOnly Start, DateOnly End, DateOnly GoalsDue)
{
    /// <summary>The one date format the canon takes and the checks read: ISO 8601 <c>yyyy-MM-dd</c>.</summary>
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>Whether a day falls inside the cycle, first and last days included.</summary>
    /// <param name="day">The day.</param>
    public bool Contains(DateOnly day) => day >= Start && day <= End;
}
