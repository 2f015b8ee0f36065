using System.Text.Json.Serialization;

namespace GoalFrames.Slack.Commands;

/// <summary>The Events API handshake: <c>{"type": "url_verification", "challenge": "…"}</c>.</summary>
internal sealed record UrlVerification(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("challenge")] string? Challenge,
    [property: JsonPropertyName("token")] string? Token);
