using System.Text.Json.Serialization;

namespace GoalFrames.Slack.Commands;

/// <summary>Source-generated JSON metadata for the Slack wire records.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SlackMessage))]
internal sealed partial class SlackJsonContext : JsonSerializerContext;
