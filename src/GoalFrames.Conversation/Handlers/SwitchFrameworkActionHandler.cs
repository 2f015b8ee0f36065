using GoalFrames.Conversation.Outcomes;
using GoalFrames.Engine.Conversation.Actions;

namespace GoalFrames.Conversation.Handlers;

/// <summary>Shows another framework (or all) of the same profile, where the button was: editable drafts in a DM.</summary>
internal sealed class SwitchFrameworkActionHandler(GoalsLineHandler lines) : IActionHandler
{
    public string Action => ActionNames.SwitchFramework;

    public async Task<Outcome> HandleAsync(ConversationRequest request, GoalsAction action, CancellationToken cancellationToken) =>
        Answering.InPlace(request, await lines.AnswerAsync(request, ((GoalsAction.SwitchFramework)action).ToCommand(), cancellationToken).ConfigureAwait(false));
}
