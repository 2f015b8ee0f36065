using System.Text.Json.Serialization;

namespace GoalFrames.Slack.Api;

/// <summary>The answer of <c>files.getUploadURLExternal</c>: where to POST the bytes, and the file's id for completing the upload.</summary>
internal sealed record FileUploadUrlResponse : SlackApiResponse
{
    /// <summary>The URL to POST the file's bytes to.</summary>
    [JsonPropertyName("upload_url")]
    public string? UploadUrl { get; init; }

    /// <summary>The file's id.</summary>
    [JsonPropertyName("file_id")]
    public string? FileId { get; init; }
}
