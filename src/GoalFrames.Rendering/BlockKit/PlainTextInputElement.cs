namespace GoalFrames.Rendering.BlockKit;

/// <summary>A text input.</summary>
/// <param name="ActionId">The action id.</param>
public sealed record PlainTextInputElement(string ActionId) : BlockElement(ActionId)
{
    /// <summary>The pre-filled value.</summary>
    public string? InitialValue { get; init; }

    /// <summary>Hint text while empty (plain text, at most 150 characters).</summary>
    public TextObject? Placeholder { get; init; }

    /// <summary>The longest value accepted (1 to 3,000).</summary>
    public int? MaxLength { get; init; }

    /// <summary>True for a box of several lines.</summary>
    public bool? Multiline { get; init; }
}
