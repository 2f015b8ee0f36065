using System.Text.Json.Serialization;

namespace GoalFrames.Rendering.Exports.Team;

/// <summary>Source-generated System.Text.Json metadata for the JSON export (camelCase, nulls left out).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(List<PersonDocument>))]
internal sealed partial class TeamExportJsonContext : JsonSerializerContext;
