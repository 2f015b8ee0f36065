namespace GoalFrames.Rendering.Exports.Team;

/// <summary>The person in the JSON export; <c>email</c> is absent when no platform gave it.</summary>
/// <param name="Platform">The chat platform.</param>
/// <param name="Workspace">The Slack team or Teams tenant.</param>
/// <param name="UserId">The user id there.</param>
/// <param name="Name">The name.</param>
/// <param name="Email">The email, or null.</param>
internal sealed record PersonIdentityDocument(string Platform, string Workspace, string UserId, string Name, string? Email);
