using System.Text.Json.Serialization;

namespace GoalFrames.Rendering.AdaptiveCards;

/// <summary>Space above an element.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Spacing>))]
public enum Spacing
{
    /// <summary>No space.</summary>
    [JsonStringEnumMemberName("none")]
    None,

    /// <summary>A little.</summary>
    [JsonStringEnumMemberName("small")]
    Small,

    /// <summary>Some.</summary>
    [JsonStringEnumMemberName("medium")]
    Medium,

    /// <summary>More.</summary>
    [JsonStringEnumMemberName("large")]
    Large,

    /// <summary>The container padding.</summary>
    [JsonStringEnumMemberName("padding")]
    Padding,
}
