using GoalFrames.Engine.Conversation.Actions;

namespace GoalFrames.Engine.Conversation;

/// <summary>
/// A few words at the top of a goals reply about what just happened (saved, changed elsewhere, cleared), with the
/// buttons that follow from it (undo, confirm). Written once by the conversation core; each surface draws it.
/// </summary>
/// <param name="Text">The words, plain text.</param>
/// <param name="Buttons">The buttons, in order.</param>
public sealed record ReplyNotice(string Text, IReadOnlyList<ReplyNotice.Button> Buttons)
{
    /// <summary>A notice with no buttons.</summary>
    /// <param name="text">The words.</param>
    public ReplyNotice(string text)
        : this(text, [])
    {
    }

    /// <summary>A text input shown above the buttons (a question to ask), whose value the buttons carry; or null.</summary>
    public NoticeInput? Input { get; init; }

    /// <summary>A text input of a notice.</summary>
    /// <param name="Id">The input id the buttons' action reads.</param>
    /// <param name="Label">What to type, shown with the input.</param>
    public sealed record NoticeInput(string Id, string Label);

    /// <summary>A button of a notice.</summary>
    /// <param name="Title">The label.</param>
    /// <param name="Action">What it does.</param>
    /// <param name="Danger">True for a destructive action (drawn in red).</param>
    public sealed record Button(string Title, GoalsAction Action, bool Danger = false);
}
