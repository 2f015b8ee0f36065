using System.Text.Json.Serialization;

namespace GoalFrames.Rendering.BlockKit;

/// <summary>A layout block; serialized with its <c>type</c>.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(HeaderBlock), "header")]
[JsonDerivedType(typeof(SectionBlock), "section")]
[JsonDerivedType(typeof(ContextBlock), "context")]
[JsonDerivedType(typeof(ActionsBlock), "actions")]
[JsonDerivedType(typeof(DividerBlock), "divider")]
[JsonDerivedType(typeof(InputBlock), "input")]
public abstract record Block
{
    private protected Block()
    {
    }

    /// <summary>The block id (at most 255 characters, unique in its message or view).</summary>
    public string? BlockId { get; init; }
}
