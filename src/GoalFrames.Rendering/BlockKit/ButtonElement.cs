namespace GoalFrames.Rendering.BlockKit;

/// <summary>A button.</summary>
/// <param name="Text">The label, plain text, at most 75 characters.</param>
/// <param name="ActionId">The action id.</param>
public sealed record ButtonElement(TextObject Text, string ActionId) : BlockElement(ActionId)
{
    /// <summary>The value sent back when pressed (at most 2,000 characters): a GoalFrames action payload.</summary>
    public string? Value { get; init; }

    /// <summary><c>primary</c> or <c>danger</c>; null for the default.</summary>
    public string? Style { get; init; }

    /// <summary>A dialog Slack shows before sending the action, or null.</summary>
    public ConfirmationDialog? Confirm { get; init; }
}
