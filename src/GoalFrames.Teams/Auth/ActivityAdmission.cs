using GoalFrames.Teams.Activities;
using GoalFrames.Teams.Outbound;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GoalFrames.Teams.Auth;

/// <summary>
/// Decides whether <c>/api/messages</c> serves a request, in two steps around reading the body: the request (a bearer
/// token with an app id; <see cref="LocalDevelopmentGate"/> without), then the activity (its token, or a loopback
/// <c>serviceUrl</c>; and an allowed channel). An admitted activity binds its <c>serviceUrl</c> for the connector. Every
/// refusal is logged with the reason the caller is answered with.
/// </summary>
internal sealed class ActivityAdmission(BotAuthenticator authenticator, ServiceUrlBindings bindings, IOptions<TeamsOptions> options, ILogger<ActivityAdmission> logger)
{
    /// <summary>Checks the request before its body is read; gives the bearer token when an app id is configured.</summary>
    public (AuthOutcome Outcome, string? Token) CheckRequest(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (options.Value.IsDevelopmentMode)
        {
            return (Logged(LocalDevelopmentGate.CheckRequest(context)), null);
        }

        return BotAuthenticator.BearerToken(context.Request.Headers.Authorization) is { } token
            ? (AuthOutcome.Accepted, token)
            : (Logged(AuthOutcome.Unauthorized("missing Authorization: Bearer token")), null);
    }

    /// <summary>Checks the activity against the token (or, without an app id, its serviceUrl) and the allowed channels.</summary>
    public async Task<AuthOutcome> AdmitAsync(string? token, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var settings = options.Value;
        var outcome = token is null
            ? LocalDevelopmentGate.CheckServiceUrl(activity.ServiceUrl)
            : await authenticator.AuthenticateAsync(token, activity, cancellationToken).ConfigureAwait(false);
        if (outcome.IsAccepted && !settings.AcceptedChannels.Contains(activity.ChannelId ?? string.Empty, StringComparer.OrdinalIgnoreCase))
        {
            outcome = AuthOutcome.Forbidden(
                $"the channel '{LocalDevelopmentGate.Shown(activity.ChannelId)}' is not accepted here; Teams:AllowedChannels is {string.Join(", ", settings.AcceptedChannels)}");
        }

        if (outcome.IsAccepted)
        {
            bindings.Bind(activity.ServiceUrl!);
        }

        return Logged(outcome);
    }

    private AuthOutcome Logged(AuthOutcome outcome)
    {
        if (!outcome.IsAccepted)
        {
            logger.LogWarning("Teams: refused a request to /api/messages with {Status}: {Reason}", outcome.Status, outcome.Reason);
        }

        return outcome;
    }
}
