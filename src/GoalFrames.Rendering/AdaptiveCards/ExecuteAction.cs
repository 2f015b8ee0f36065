using GoalFrames.Engine.Conversation.Actions;

namespace GoalFrames.Rendering.AdaptiveCards;

/// <summary>
/// <c>Action.Execute</c> (Universal Actions, schema 1.4): the bot gets an <c>adaptiveCard/action</c> invoke with the verb,
/// the data and the card's input values, and answers with the card that replaces this one.
/// </summary>
/// <param name="Title">The button label.</param>
/// <param name="Verb">The action name.</param>
/// <param name="Data">The action, as GoalFrames reads it back.</param>
public sealed record ExecuteAction(string Title, string Verb, ActionPayload Data) : CardAction(Title)
{
    /// <summary>The button a client without Universal Actions shows instead (an <c>Action.Submit</c> with the same data).</summary>
    public CardAction? Fallback { get; init; }
}
