using System.Text.Json.Serialization;

namespace GoalFrames.Slack.Api;

/// <summary>Details Slack adds to an answer, e.g. the JSON pointers of <c>invalid_blocks</c>.</summary>
internal sealed record ResponseMetadata(
    [property: JsonPropertyName("messages")] IReadOnlyList<string>? Messages,
    [property: JsonPropertyName("warnings")] IReadOnlyList<string>? Warnings);
