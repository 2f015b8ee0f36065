using Microsoft.AspNetCore.Http;

namespace GoalFrames.Teams.Auth;

/// <summary>The outcome of checking a request's token: accepted, or refused with a status (401 or 403) and a reason.</summary>
internal sealed record AuthOutcome(int Status, string? Reason)
{
    public static AuthOutcome Accepted { get; } = new(StatusCodes.Status200OK, null);

    public bool IsAccepted => Status == StatusCodes.Status200OK;

    public static AuthOutcome Unauthorized(string reason) => new(StatusCodes.Status401Unauthorized, reason);

    public static AuthOutcome Forbidden(string reason) => new(StatusCodes.Status403Forbidden, reason);
}
