namespace GoalFrames.Teams.Activities;

/// <summary>The connector's error body: <c>{"error":{"code":"…","message":"…"}}</c>.</summary>
internal sealed record ConnectorErrorResponse(ConnectorErrorDetail? Error);
