using System.Text.Json.Serialization;

namespace GoalFrames.Slack.Api;

/// <summary>The answer of <c>files.completeUploadExternal</c>: the files shared.</summary>
internal sealed record FileCompleteResponse : SlackApiResponse
{
    /// <summary>The files, each with its id.</summary>
    [JsonPropertyName("files")]
    public IReadOnlyList<SlackFileRef>? Files { get; init; }
}
