using System.Text.Json.Serialization;

namespace GoalFrames.Slack.Api;

/// <summary>The answer of <c>users.info</c>.</summary>
internal sealed record UsersInfoResponse : SlackApiResponse
{
    /// <summary>The user.</summary>
    [JsonPropertyName("user")]
    public SlackUser? User { get; init; }
}
