using System.Text.Json.Serialization;

namespace GoalFrames.Rendering.AdaptiveCards;

/// <summary>Font family.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FontType>))]
public enum FontType
{
    /// <summary>Default.</summary>
    [JsonStringEnumMemberName("default")]
    Default,

    /// <summary>Fixed width.</summary>
    [JsonStringEnumMemberName("monospace")]
    Monospace,
}
