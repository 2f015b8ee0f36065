using System.Text.Json;
using System.Text.Json.Serialization;

namespace GoalFrames.Slack.SocketMode;

/// <summary>The acknowledgement of an envelope, with the reply (a message, or a modal's errors) when the envelope takes one.</summary>
internal sealed record SocketAck(
    [property: JsonPropertyName("envelope_id")] string EnvelopeId,
    [property: JsonPropertyName("payload")] JsonElement? Payload);
