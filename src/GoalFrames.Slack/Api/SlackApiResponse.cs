using System.Text.Json.Serialization;

namespace GoalFrames.Slack.Api;

/// <summary>The envelope every Web API answer has: <c>ok</c>, and <c>error</c> or warnings.</summary>
internal abstract record SlackApiResponse
{
    [JsonPropertyName("ok")]
    public bool Ok { get; init; }

    [JsonPropertyName("error")]
    public string? Error { get; init; }

    [JsonPropertyName("warning")]
    public string? Warning { get; init; }

    [JsonPropertyName("response_metadata")]
    public ResponseMetadata? Metadata { get; init; }
}
