using System.Text.Json.Serialization;

namespace GoalFrames.Slack.Events;

/// <summary>Source-generated JSON metadata for Events API payloads.</summary>
[JsonSerializable(typeof(SlackEventEnvelope))]
internal sealed partial class SlackEventsJsonContext : JsonSerializerContext;
