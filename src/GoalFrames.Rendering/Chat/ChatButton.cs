using GoalFrames.Engine.Conversation.Actions;

namespace GoalFrames.Rendering.Chat;

/// <summary>A button as both surfaces draw it: a label of GoalFrames' own words and the action it carries.</summary>
/// <param name="Title">The label.</param>
/// <param name="Action">The action.</param>
/// <param name="Style">How it stands out.</param>
internal sealed record ChatButton(string Title, GoalsAction Action, ChatButtonStyle Style = ChatButtonStyle.Default)
{
    /// <summary>
    /// For a surface with a confirmation dialog of its own (Slack's <c>confirm</c>): the question to ask, and the action
    /// to send once confirmed. Surfaces without one send <see cref="Action"/> and GoalFrames asks.
    /// </summary>
    public (string Question, GoalsAction Confirmed)? Confirm { get; init; }
}
