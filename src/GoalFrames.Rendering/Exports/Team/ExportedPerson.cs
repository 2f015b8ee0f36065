namespace GoalFrames.Rendering.Exports.Team;

/// <summary>The person goals are for, as the chat platform names them.</summary>
/// <param name="Platform">The chat platform (<c>slack</c>, <c>teams</c>).</param>
/// <param name="Workspace">The Slack team or Teams tenant.</param>
/// <param name="UserId">Their user id on that platform.</param>
/// <param name="Name">Their name.</param>
/// <param name="Email">Their email, or null when neither the draft nor the platform gave one.</param>
public sealed record ExportedPerson(string Platform, string Workspace, string UserId, string Name, string? Email);
