using System.Text.Json.Serialization;

namespace GoalFrames.Slack.Api;

/// <summary>A Slack user's profile: display names and email.</summary>
internal sealed record SlackUserProfile
{
    [JsonPropertyName("email")]
    public string? Email { get; init; }

    [JsonPropertyName("display_name")]
    public string? DisplayName { get; init; }

    [JsonPropertyName("real_name")]
    public string? RealName { get; init; }
}
