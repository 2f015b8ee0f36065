using System.Text.Json.Serialization;

namespace GoalFrames.Engine.Conversation.Actions;

/// <summary>Source-generated System.Text.Json metadata for <see cref="ActionPayload"/>.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ActionPayload))]
[JsonSerializable(typeof(string))]
internal sealed partial class ActionJsonContext : JsonSerializerContext;
