using System.Text.Json.Serialization;

namespace GoalFrames.Slack.Api;

/// <summary>The answer to <c>apps.connections.open</c>: the Socket Mode WebSocket URL.</summary>
internal sealed record ConnectionsOpenResponse : SlackApiResponse
{
    [JsonPropertyName("url")]
    public Uri? Url { get; init; }
}
