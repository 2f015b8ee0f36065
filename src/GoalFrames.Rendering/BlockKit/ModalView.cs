using System.Text.Json.Serialization;

namespace GoalFrames.Rendering.BlockKit;

/// <summary>A modal view for <c>views.open</c>.</summary>
/// <param name="Title">The title, plain text, at most 24 characters.</param>
/// <param name="Blocks">The blocks, at most 100.</param>
public sealed record ModalView(TextObject Title, IReadOnlyList<Block> Blocks)
{
    /// <summary>Always <c>modal</c>.</summary>
    [JsonPropertyOrder(-1)]
    public string Type { get; init; } = "modal";

    /// <summary>The submit button label, plain text, at most 24 characters.</summary>
    public TextObject? Submit { get; init; }

    /// <summary>The close button label, plain text, at most 24 characters.</summary>
    public TextObject? Close { get; init; }

    /// <summary>Names the view in <c>view_submission</c> (at most 255 characters).</summary>
    public string? CallbackId { get; init; }

    /// <summary>Data carried to the submission (at most 3,000 characters): a GoalFrames action payload.</summary>
    public string? PrivateMetadata { get; init; }
}
