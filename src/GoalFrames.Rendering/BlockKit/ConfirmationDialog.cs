namespace GoalFrames.Rendering.BlockKit;

/// <summary>Slack's <c>confirm</c> object: a dialog Slack shows before a button's action is sent.</summary>
/// <param name="Title">The title, plain text, at most 100 characters.</param>
/// <param name="Text">The question, plain text, at most 300 characters.</param>
/// <param name="Confirm">The confirming button's label, at most 30 characters.</param>
/// <param name="Deny">The cancelling button's label, at most 30 characters.</param>
public sealed record ConfirmationDialog(TextObject Title, TextObject Text, TextObject Confirm, TextObject Deny)
{
    /// <summary><c>danger</c> for a destructive action.</summary>
    public string? Style { get; init; }
}
