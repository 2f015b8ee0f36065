using System.Text.Json.Serialization;

namespace GoalFrames.Teams.State;

/// <summary>Source-generated JSON metadata for what the Teams adapter stores.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TeamsConversationReference))]
internal sealed partial class TeamsStateJsonContext : JsonSerializerContext;
