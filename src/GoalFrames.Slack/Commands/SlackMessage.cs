using System.Text.Json;
using System.Text.Json.Serialization;

namespace GoalFrames.Slack.Commands;

/// <summary>
/// A reply through a slash command's body or a <c>response_url</c>: <c>{"response_type", "text", "blocks"}</c>, with
/// <c>replace_original</c> when a button's reply replaces the message it was on.
/// </summary>
internal sealed record SlackMessage(
    [property: JsonPropertyName("response_type")] string ResponseType,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("blocks")] JsonElement? Blocks = null,
    [property: JsonPropertyName("replace_original")] bool? ReplaceOriginal = null);
