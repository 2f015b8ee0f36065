using System.Text.Json.Serialization;

namespace GoalFrames.Slack.Api;

/// <summary>The answer to <c>conversations.open</c>: the DM channel.</summary>
internal sealed record ConversationsOpenResponse : SlackApiResponse
{
    [JsonPropertyName("channel")]
    public SlackChannelRef? Channel { get; init; }
}
