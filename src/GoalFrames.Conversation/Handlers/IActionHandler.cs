using GoalFrames.Conversation.Outcomes;
using GoalFrames.Engine.Conversation.Actions;

namespace GoalFrames.Conversation.Handlers;

/// <summary>Handles one card action, found by its wire name (<see cref="ActionNames"/>), the same for every surface.</summary>
internal interface IActionHandler
{
    /// <summary>The action's wire name.</summary>
    string Action { get; }

    /// <summary>Decides what the action comes to for this person, here.</summary>
    Task<Outcome> HandleAsync(ConversationRequest request, GoalsAction action, CancellationToken cancellationToken);
}
