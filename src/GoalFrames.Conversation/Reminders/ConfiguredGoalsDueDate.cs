namespace GoalFrames.Conversation.Reminders;

/// <summary>The goals due date of the setting <c>Reminders:GoalsDueDate</c>: the operator's override of the canon's review cycle.</summary>
/// <param name="date">The date, or null.</param>
public sealed class ConfiguredGoalsDueDate(DateOnly? date) : IGoalsDueDate
{
    /// <inheritdoc />
    public DateOnly? DueOn { get; } = date;
}
