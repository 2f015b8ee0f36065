namespace GoalFrames.Teams.Activities;

/// <summary>What the connector answers to a send, reply, update or create: the id of what it made (absent when Teams split the message).</summary>
internal sealed record ResourceResponse(string? Id);
