namespace GoalFrames.Conversation.Reminders;

/// <summary>That a manager sent a person their goals of a profile, and when (last).</summary>
/// <param name="SubjectId">The person's user id.</param>
/// <param name="ProfileId">The profile id.</param>
/// <param name="SentAt">When the goals were last sent.</param>
public sealed record SentGoalsMark(string SubjectId, string ProfileId, DateTimeOffset SentAt);
