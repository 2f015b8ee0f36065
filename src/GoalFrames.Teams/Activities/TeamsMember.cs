namespace GoalFrames.Teams.Activities;

/// <summary>A conversation member as the Bot Connector's members API gives it (a TeamsChannelAccount).</summary>
/// <param name="Id">The Teams user id (<c>29:…</c>).</param>
internal sealed record TeamsMember(string? Id)
{
    public string? Name { get; init; }

    public string? AadObjectId { get; init; }

    public string? Email { get; init; }

    public string? UserPrincipalName { get; init; }

    public string? GivenName { get; init; }

    public string? Surname { get; init; }
}
