using System.Text.Json.Serialization;

namespace GoalFrames.Storage.Serialization;

/// <summary>Source-generated JSON for the draft columns.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(List<StoredRow>))]
[JsonSerializable(typeof(List<StoredValue>))]
[JsonSerializable(typeof(List<StoredSnapshot>))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
