using Microsoft.AspNetCore.Http;

namespace GoalFrames.Teams.Http;

/// <summary>Refusals: a status and a reason in plain text, never a 500 for something the caller sent.</summary>
internal static class TeamsResults
{
    public static IResult Refuse(int status, string reason) => Results.Text(reason + "\n", "text/plain", statusCode: status);
}
