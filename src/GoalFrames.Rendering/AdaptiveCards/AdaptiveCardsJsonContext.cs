using System.Text.Json.Serialization;

namespace GoalFrames.Rendering.AdaptiveCards;

/// <summary>Source-generated System.Text.Json metadata for Adaptive Cards (camelCase, nulls left out, <c>type</c> discriminators).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AdaptiveCard))]
[JsonSerializable(typeof(IReadOnlyList<AdaptiveCard>))]
public sealed partial class AdaptiveCardsJsonContext : JsonSerializerContext;
