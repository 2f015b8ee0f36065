using System.Text.Json.Serialization;

namespace GoalFrames.Rendering.AdaptiveCards;

/// <summary>Button style.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ActionStyle>))]
public enum ActionStyle
{
    /// <summary>Default.</summary>
    [JsonStringEnumMemberName("default")]
    Default,

    /// <summary>The primary action.</summary>
    [JsonStringEnumMemberName("positive")]
    Positive,

    /// <summary>An action that removes something.</summary>
    [JsonStringEnumMemberName("destructive")]
    Destructive,
}
