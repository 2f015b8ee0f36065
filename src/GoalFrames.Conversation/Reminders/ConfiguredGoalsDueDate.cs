namespace GoalFrames.Conversation.Reminders;

/// <summary>The goals due date of the setting <c>Reminders:GoalsDueDate</c>.</summary>
/// <param name="date">The date, or null.</param>
public sealed class ConfiguredGoalsDueDate(DateOnly? date) : IGoalsDueDate
{
    /// <inheritdoc />
    public DateOnly? DueOn { get; } = date;
}
