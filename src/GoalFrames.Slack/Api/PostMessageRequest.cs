using System.Text.Json;
using System.Text.Json.Serialization;

namespace GoalFrames.Slack.Api;

/// <summary>The body of <c>chat.postMessage</c> (and, with <see cref="Ts"/>, <c>chat.update</c>).</summary>
internal sealed record PostMessageRequest(
    [property: JsonPropertyName("channel")] string Channel,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("blocks")] JsonElement? Blocks = null,
    [property: JsonPropertyName("ts")] string? Ts = null,
    [property: JsonPropertyName("thread_ts")] string? ThreadTs = null);
