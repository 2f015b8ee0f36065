namespace GoalFrames.Teams.Outbound;

/// <summary>Gives the bearer token for Bot Connector calls, or null in local development mode (no token is sent).</summary>
internal interface IBotTokenSource
{
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);
}
