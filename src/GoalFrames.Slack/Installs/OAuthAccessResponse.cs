using System.Text.Json.Serialization;
using GoalFrames.Slack.Api;

namespace GoalFrames.Slack.Installs;

/// <summary>The answer to <c>oauth.v2.access</c>: the bot token and where it was installed.</summary>
internal sealed record OAuthAccessResponse : SlackApiResponse
{
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; init; }

    [JsonPropertyName("bot_user_id")]
    public string? BotUserId { get; init; }

    [JsonPropertyName("app_id")]
    public string? AppId { get; init; }

    [JsonPropertyName("team")]
    public OAuthParty? Team { get; init; }

    [JsonPropertyName("enterprise")]
    public OAuthParty? Enterprise { get; init; }

    [JsonPropertyName("is_enterprise_install")]
    public bool IsEnterpriseInstall { get; init; }

    /// <summary>The key installations are stored under: the enterprise for an org-wide install, else the team.</summary>
    public string? WorkspaceId => IsEnterpriseInstall ? Enterprise?.Id : Team?.Id;
}
