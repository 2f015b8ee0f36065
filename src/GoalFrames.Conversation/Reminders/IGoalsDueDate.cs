namespace GoalFrames.Conversation.Reminders;

/// <summary>
/// The day goals are due: the review cycle HR declares in the canon (<see cref="CanonGoalsDueDate"/>), unless the
/// operator overrides it with the setting <c>Reminders:GoalsDueDate</c> (<see cref="ConfiguredGoalsDueDate"/>). Read
/// at every reminder round, never kept.
/// </summary>
public interface IGoalsDueDate
{
    /// <summary>The due date, or null when there is none (then no reminder is sent).</summary>
    DateOnly? DueOn { get; }
}
