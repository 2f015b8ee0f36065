using System.Text.Json.Serialization;

namespace GoalFrames.Slack.Interactivity;

/// <summary>The answer that keeps a modal open and shows messages under its inputs.</summary>
internal sealed record ViewSubmissionErrors(
    [property: JsonPropertyName("response_action")] string ResponseAction,
    [property: JsonPropertyName("errors")] IReadOnlyDictionary<string, string> Errors);
