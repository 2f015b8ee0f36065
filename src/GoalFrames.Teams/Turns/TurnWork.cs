namespace GoalFrames.Teams.Turns;

/// <summary>Work done after the HTTP request was answered: what it is (for the log) and the work itself.</summary>
internal sealed record TurnWork(string Description, Func<CancellationToken, Task> RunAsync);
