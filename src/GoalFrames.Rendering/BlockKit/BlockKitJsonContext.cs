using System.Text.Json.Serialization;

namespace GoalFrames.Rendering.BlockKit;

/// <summary>Source-generated System.Text.Json metadata for Block Kit (snake_case, nulls left out, <c>type</c> discriminators).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(BlockKitMessage))]
[JsonSerializable(typeof(IReadOnlyList<BlockKitMessage>))]
[JsonSerializable(typeof(ModalView))]
[JsonSerializable(typeof(IReadOnlyList<Block>))]
public sealed partial class BlockKitJsonContext : JsonSerializerContext;
