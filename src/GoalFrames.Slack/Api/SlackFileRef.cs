using System.Text.Json.Serialization;

namespace GoalFrames.Slack.Api;

/// <summary>A file in <c>files.completeUploadExternal</c>: its id and title.</summary>
/// <param name="Id">The file id from <c>files.getUploadURLExternal</c>.</param>
/// <param name="Title">The title to show.</param>
internal sealed record SlackFileRef(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string? Title);
