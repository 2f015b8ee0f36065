using System.Text.Json.Serialization;

namespace GoalFrames.Rendering.AdaptiveCards;

/// <summary>Text color, from the host's theme.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TextColor>))]
public enum TextColor
{
    /// <summary>Default.</summary>
    [JsonStringEnumMemberName("default")]
    Default,

    /// <summary>The accent color.</summary>
    [JsonStringEnumMemberName("accent")]
    Accent,

    /// <summary>Positive.</summary>
    [JsonStringEnumMemberName("good")]
    Good,

    /// <summary>Warning.</summary>
    [JsonStringEnumMemberName("warning")]
    Warning,

    /// <summary>Attention.</summary>
    [JsonStringEnumMemberName("attention")]
    Attention,
}
