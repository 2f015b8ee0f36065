using System.Text.Json.Serialization;

namespace GoalFrames.Slack.Events;

/// <summary>The fields GoalFrames reads from <c>app_mention</c>, <c>message</c> (im) and uninstall events.</summary>
internal sealed record SlackEvent(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("subtype")] string? Subtype,
    [property: JsonPropertyName("user")] string? User,
    [property: JsonPropertyName("bot_id")] string? BotId,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("channel")] string? Channel,
    [property: JsonPropertyName("channel_type")] string? ChannelType,
    [property: JsonPropertyName("ts")] string? Ts,
    [property: JsonPropertyName("thread_ts")] string? ThreadTs);
