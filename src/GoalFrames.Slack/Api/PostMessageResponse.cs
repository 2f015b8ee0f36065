using System.Text.Json.Serialization;

namespace GoalFrames.Slack.Api;

/// <summary>The answer to <c>chat.postMessage</c> and <c>chat.update</c>: where the message is.</summary>
internal sealed record PostMessageResponse : SlackApiResponse
{
    [JsonPropertyName("channel")]
    public string? Channel { get; init; }

    [JsonPropertyName("ts")]
    public string? Ts { get; init; }
}
