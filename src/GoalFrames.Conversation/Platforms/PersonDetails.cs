namespace GoalFrames.Conversation.Platforms;

/// <summary>What a chat platform says about one of its users, as far as GoalFrames needs it.</summary>
/// <param name="UserId">The user id on the platform.</param>
/// <param name="Name">The display name.</param>
/// <param name="Email">The email, where the platform gives it (Slack with <c>users:read.email</c>; Teams' member API); else null.</param>
/// <param name="TimeZone">The IANA time zone (Slack <c>users.info</c> <c>tz</c>), or null where the platform does not give one.</param>
public sealed record PersonDetails(string UserId, string Name, string? Email, string? TimeZone);
