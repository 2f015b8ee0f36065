namespace GoalFrames.Teams.Activities;

/// <summary>A connector error code (e.g. <c>ConversationNotFound</c>, <c>Throttled</c>) and its message.</summary>
internal sealed record ConnectorErrorDetail(string? Code, string? Message);
