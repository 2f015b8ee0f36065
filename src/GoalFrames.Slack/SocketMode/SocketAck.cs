using System.Text.Json.Serialization;
using GoalFrames.Slack.Commands;

namespace GoalFrames.Slack.SocketMode;

/// <summary>The acknowledgement of an envelope, with the reply when the envelope accepts one.</summary>
internal sealed record SocketAck(
    [property: JsonPropertyName("envelope_id")] string EnvelopeId,
    [property: JsonPropertyName("payload")] SlackMessage? Payload);
