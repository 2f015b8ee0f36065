using System.Text.Json.Serialization;

namespace GoalFrames.Teams.Files;

/// <summary>What a file consent card carries back: the token of the pending file.</summary>
/// <param name="Upload">The token.</param>
internal sealed record FileConsentContext([property: JsonPropertyName("upload")] string Upload);
