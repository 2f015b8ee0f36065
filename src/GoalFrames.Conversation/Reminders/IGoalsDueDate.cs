namespace GoalFrames.Conversation.Reminders;

/// <summary>
/// The day goals are due. Today it comes from the setting <c>Reminders:GoalsDueDate</c>
/// (<see cref="ConfiguredGoalsDueDate"/>); the review cycle HR declares in the canon will fill it instead.
/// </summary>
public interface IGoalsDueDate
{
    /// <summary>The due date, or null when there is none (then no reminder is sent).</summary>
    DateOnly? DueOn { get; }
}
