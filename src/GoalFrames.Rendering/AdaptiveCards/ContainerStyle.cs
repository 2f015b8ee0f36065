using System.Text.Json.Serialization;

namespace GoalFrames.Rendering.AdaptiveCards;

/// <summary>Container background style, from the host's theme.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ContainerStyle>))]
public enum ContainerStyle
{
    /// <summary>Default.</summary>
    [JsonStringEnumMemberName("default")]
    Default,

    /// <summary>Emphasis.</summary>
    [JsonStringEnumMemberName("emphasis")]
    Emphasis,

    /// <summary>Accent.</summary>
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
