using System.Text.Json.Serialization;

namespace GoalFrames.Rendering.Json;

/// <summary>Source-generated System.Text.Json metadata for the JSON sheet form.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(SheetDocument))]
public sealed partial class RenderingJsonContext : JsonSerializerContext;
