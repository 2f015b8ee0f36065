namespace GoalFrames.Rendering.BlockKit;

/// <summary>A labelled input (modals); its value comes back under <c>state.values[block_id][action_id]</c>.</summary>
/// <param name="Label">The label, plain text, at most 2,000 characters.</param>
/// <param name="Element">The input element.</param>
public sealed record InputBlock(TextObject Label, BlockElement Element) : Block
{
    /// <summary>Help text under the input (at most 2,000 characters).</summary>
    public TextObject? Hint { get; init; }

    /// <summary>True when the input may be left empty.</summary>
    public bool? Optional { get; init; }
}
