using System.Text.Json;
using System.Text.Json.Serialization;

namespace GoalFrames.Engine.Conversation.Actions;

/// <summary>
/// The data a button carries: one <see cref="GoalsAction"/> written as flat JSON, with a version. A surface puts it into
/// its card or button as is and hands it back to <see cref="ActionPayloads"/> when the button is pressed. Input values
/// that a surface merges into the data (keyed by <see cref="GoalInputs.Id"/>) land in <see cref="Inputs"/>.
/// </summary>
public sealed record ActionPayload
{
    /// <summary>The version this GoalFrames writes and reads.</summary>
    public const int CurrentVersion = 1;

    /// <summary>The payload version; 0 when the data had none.</summary>
    [JsonPropertyName("v")]
    public int Version { get; init; }

    /// <summary>The action name (<see cref="ActionNames"/>).</summary>
    [JsonPropertyName("action")]
    public string? Action { get; init; }

    /// <summary>The profile id, for actions on a profile.</summary>
    [JsonPropertyName("profile")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Profile { get; init; }

    /// <summary>The user id of the person the action's drafts are about (<see cref="GoalsAction.About"/>).</summary>
    [JsonPropertyName("about")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? About { get; init; }

    /// <summary>The name of the person the action's drafts are about.</summary>
    [JsonPropertyName("aboutName")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AboutName { get; init; }

    /// <summary>The framework keyword, or <c>all</c>.</summary>
    [JsonPropertyName("frames")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Frames { get; init; }

    /// <summary>The goal item key, for <see cref="GoalsAction.EditGoal"/>.</summary>
    [JsonPropertyName("item")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Item { get; init; }

    /// <summary>The command line, for <see cref="GoalsAction.Run"/>.</summary>
    [JsonPropertyName("line")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Line { get; init; }

    /// <summary>The canon fingerprint, for <see cref="GoalsAction.Save"/> and <see cref="GoalsAction.Reset"/>.</summary>
    [JsonPropertyName("canon")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Canon { get; init; }

    /// <summary>The draft version of each framework the surface was built from, by framework keyword, for <see cref="GoalsAction.Save"/>.</summary>
    [JsonPropertyName("ver")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Dictionary<string, int>? Versions { get; init; }

    /// <summary>The fingerprint of the value each input showed, by input id, for <see cref="GoalsAction.Save"/>.</summary>
    [JsonPropertyName("shown")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Dictionary<string, string>? Shown { get; init; }

    /// <summary>The send's id, for <see cref="GoalsAction.Acknowledge"/> and <see cref="GoalsAction.AskQuestion"/>.</summary>
    [JsonPropertyName("sent")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Sent { get; init; }

    /// <summary>Which send of it the copy shows.</summary>
    [JsonPropertyName("sends")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Sends { get; init; }

    /// <summary>True on a confirmed <see cref="GoalsAction.Reset"/>.</summary>
    [JsonPropertyName("ok")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Confirmed { get; init; }

    /// <summary>The values to put back, by input id, for <see cref="GoalsAction.UndoReset"/>.</summary>
    [JsonPropertyName("restore")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Dictionary<string, string>? Restore { get; init; }

    /// <summary>Every other property: input values keyed by input id, and anything a surface added of its own.</summary>
    [JsonExtensionData]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2227:Collection properties should be read only", Justification = "System.Text.Json fills extension data through the setter.")]
    public Dictionary<string, JsonElement>? Inputs { get; set; }
}
