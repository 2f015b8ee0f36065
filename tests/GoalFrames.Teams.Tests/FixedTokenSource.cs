using GoalFrames.Teams.Outbound;

namespace GoalFrames.Teams.Tests;

/// <summary>Stands in for MSAL in endpoint tests: every connector call carries this token.</summary>
internal sealed class FixedTokenSource(string token) : IBotTokenSource
{
    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(token);
}
