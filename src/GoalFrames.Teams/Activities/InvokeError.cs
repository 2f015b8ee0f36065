namespace GoalFrames.Teams.Activities;

/// <summary>The value of an error invoke response: a code and a message for the user.</summary>
internal sealed record InvokeError(string Code, string Message);
