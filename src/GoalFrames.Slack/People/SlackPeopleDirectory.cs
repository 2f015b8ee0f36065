using GoalFrames.Conversation.Platforms;
using GoalFrames.Slack.Api;
using GoalFrames.Slack.Installs;
using Microsoft.Extensions.Logging;

namespace GoalFrames.Slack.People;

/// <summary>
/// Slack's people directory: <c>users.info</c> with the workspace's bot token gives the name, the email (scope
/// <c>users:read.email</c>) and the IANA time zone (<c>tz</c>). A refusal (no token, scope missing, user not found,
/// Slack unreachable) gives null.
/// </summary>
internal sealed partial class SlackPeopleDirectory(SlackApiClient api, SlackTokens tokens, ILogger<SlackPeopleDirectory> logger) : IPeopleDirectory
{
    public string Platform => "slack";

    public bool GivesTimeZones => true;

    public async Task<PersonDetails?> FindAsync(string workspace, string userId, CancellationToken cancellationToken)
    {
        try
        {
            if (await tokens.BotTokenAsync(workspace, cancellationToken).ConfigureAwait(false) is not { } token)
            {
                return null;
            }

            var user = (await api.UserInfoAsync(token, userId, cancellationToken).ConfigureAwait(false)).User;
            if (user is null || user.Deleted)
            {
                return null;
            }

            var name = new[] { user.Profile?.DisplayName, user.Profile?.RealName, user.RealName, user.Name }.FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)) ?? userId;
            return new PersonDetails(user.Id ?? userId, name, string.IsNullOrWhiteSpace(user.Profile?.Email) ? null : user.Profile.Email, string.IsNullOrWhiteSpace(user.TimeZone) ? null : user.TimeZone);
        }
        catch (Exception ex) when (ex is SlackApiException or HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException)
        {
            LogLookupFailed(logger, ex, workspace, userId);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack users.info for {UserId} in {Workspace} failed; the person's details stay unknown")]
    private static partial void LogLookupFailed(ILogger logger, Exception exception, string workspace, string userId);
}
