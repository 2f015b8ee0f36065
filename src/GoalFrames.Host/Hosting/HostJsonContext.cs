using System.Text.Json.Serialization;

namespace GoalFrames.Host.Hosting;

/// <summary>Source-generated JSON metadata for the host's own endpoints.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(ReadinessReport))]
internal sealed partial class HostJsonContext : JsonSerializerContext;
