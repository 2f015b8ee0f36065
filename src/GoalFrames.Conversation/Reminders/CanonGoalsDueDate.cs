using GoalFrames.Canon;

namespace GoalFrames.Conversation.Reminders;

/// <summary>
/// The goals due date of the review cycle HR declares in <c>canon.yaml</c> (<c>review_cycle.goals_due</c>), read from
/// the canon served at the time of each round, so that a canon reload that adds, moves or removes the cycle is followed.
/// </summary>
/// <param name="canon">The canon source.</param>
public sealed class CanonGoalsDueDate(ICanonSource canon) : IGoalsDueDate
{
    /// <inheritdoc />
    public DateOnly? DueOn => canon.Current.ReviewCycle?.GoalsDue;
}
