using System.Text.Json.Serialization;

namespace GoalFrames.Rendering.AdaptiveCards;

/// <summary>Text weight.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TextWeight>))]
public enum TextWeight
{
    /// <summary>Default.</summary>
    [JsonStringEnumMemberName("default")]
    Default,

    /// <summary>Lighter.</summary>
    [JsonStringEnumMemberName("lighter")]
    Lighter,

    /// <summary>Bolder.</summary>
    [JsonStringEnumMemberName("bolder")]
    Bolder,
}
