namespace GoalFrames.Teams.Outbound;

/// <summary>Local development mode: connector calls carry no token (the Agents Playground's connector takes none).</summary>
internal sealed class NoBotTokenSource : IBotTokenSource
{
    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);
}
