using System.Text.Json.Serialization;

namespace GoalFrames.Rendering.AdaptiveCards;

/// <summary>Text size.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TextSize>))]
public enum TextSize
{
    /// <summary>Default.</summary>
    [JsonStringEnumMemberName("default")]
    Default,

    /// <summary>Small.</summary>
    [JsonStringEnumMemberName("small")]
    Small,

    /// <summary>Medium.</summary>
    [JsonStringEnumMemberName("medium")]
    Medium,

    /// <summary>Large.</summary>
    [JsonStringEnumMemberName("large")]
    Large,

    /// <summary>Extra large.</summary>
    [JsonStringEnumMemberName("extraLarge")]
    ExtraLarge,
}
