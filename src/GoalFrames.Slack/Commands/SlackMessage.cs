using System.Text.Json.Serialization;

namespace GoalFrames.Slack.Commands;

/// <summary>An immediate reply to a slash command: <c>{"response_type": "ephemeral", "text": "…"}</c>.</summary>
internal sealed record SlackMessage(
    [property: JsonPropertyName("response_type")] string ResponseType,
    [property: JsonPropertyName("text")] string Text);
