using GoalFrames.Engine.Conversation.Actions;

namespace GoalFrames.Rendering.AdaptiveCards;

/// <summary><c>Action.Submit</c>: the bot gets a message whose value is the data plus the card's input values.</summary>
/// <param name="Title">The button label.</param>
/// <param name="Data">The action, as GoalFrames reads it back.</param>
public sealed record SubmitAction(string Title, ActionPayload Data) : CardAction(Title);
