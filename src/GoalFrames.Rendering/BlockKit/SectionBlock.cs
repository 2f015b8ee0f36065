namespace GoalFrames.Rendering.BlockKit;

/// <summary>A block of text (at most 3,000 characters) and/or up to 10 fields, with an optional element beside it.</summary>
public sealed record SectionBlock : Block
{
    /// <summary>The text.</summary>
    public TextObject? Text { get; init; }

    /// <summary>Fields shown in two columns (at most 10, each at most 2,000 characters).</summary>
    public IReadOnlyList<TextObject>? Fields { get; init; }

    /// <summary>A button beside the text.</summary>
    public BlockElement? Accessory { get; init; }
}
