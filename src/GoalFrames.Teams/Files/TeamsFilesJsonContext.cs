using System.Text.Json.Serialization;

namespace GoalFrames.Teams.Files;

/// <summary>Source-generated JSON metadata for the file consent context.</summary>
[JsonSerializable(typeof(FileConsentContext))]
internal sealed partial class TeamsFilesJsonContext : JsonSerializerContext;
