using System.Text.Json.Serialization;

namespace GoalFrames.Slack.SocketMode;

/// <summary>Source-generated JSON metadata for Socket Mode frames.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SocketEnvelope))]
[JsonSerializable(typeof(SocketAck))]
internal sealed partial class SocketModeJsonContext : JsonSerializerContext;
