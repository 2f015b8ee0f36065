using System.Text.Json;
using System.Text.Json.Serialization;

namespace GoalFrames.Slack.SocketMode;

/// <summary>
/// One Socket Mode frame: <c>hello</c>, <c>disconnect</c>, or an envelope (<c>slash_commands</c>, <c>events_api</c>,
/// <c>interactive</c>) that must be acknowledged by <c>envelope_id</c> within 3 seconds.
/// </summary>
internal sealed record SocketEnvelope(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("envelope_id")] string? EnvelopeId,
    [property: JsonPropertyName("payload")] JsonElement? Payload,
    [property: JsonPropertyName("accepts_response_payload")] bool AcceptsResponsePayload,
    [property: JsonPropertyName("reason")] string? Reason,
    [property: JsonPropertyName("retry_attempt")] int? RetryAttempt);
