using System.Text.Json.Serialization;

namespace GoalFrames.Teams.Auth;

/// <summary>Source-generated JSON metadata for reading JWKS endorsements.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(JwksDocument))]
internal sealed partial class AuthJsonContext : JsonSerializerContext;
