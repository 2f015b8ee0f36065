using GoalFrames.Conversation.Outcomes;
using GoalFrames.Engine.Commands;
using GoalFrames.Engine.Conversation.Actions;

namespace GoalFrames.Conversation.Handlers;

/// <summary>Shows the presser's latest saved values (a card refreshed for its viewer, or "Keep them" after a reset question).</summary>
internal sealed class RefreshActionHandler(GoalsLineHandler lines) : IActionHandler
{
    public string Action => ActionNames.Refresh;

    public async Task<Outcome> HandleAsync(ConversationRequest request, GoalsAction action, CancellationToken cancellationToken)
    {
        var refresh = (GoalsAction.Refresh)action;
        var command = new GoalsCommand.ShowFrames(new ProfileTarget(refresh.ProfileId, null), GoalsAction.KindsOf(refresh.Kind), AsText: false);
        return Answering.InPlace(request, await lines.AnswerAsync(request, command, cancellationToken).ConfigureAwait(false));
    }
}
