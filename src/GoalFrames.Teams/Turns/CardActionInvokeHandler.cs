using System.Text.Json;
using GoalFrames.Conversation;
using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Teams.Activities;

namespace GoalFrames.Teams.Turns;

/// <summary>
/// Answers an <c>adaptiveCard/action</c> invoke (an <c>Action.Execute</c>) in the HTTP response: the button's action goes
/// to the conversation core, and its outcome comes back as the invoke response (<see cref="TeamsOutcomes"/>).
/// </summary>
internal sealed class CardActionInvokeHandler(ConversationCore core, TeamsOutcomes outcomes)
{
    public async Task<InvokeResponseBody> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        AdaptiveCardInvokeValue? value = null;
        try
        {
            value = activity.Value?.Deserialize(TeamsJsonContext.Default.AdaptiveCardInvokeValue);
        }
        catch (JsonException)
        {
        }

        if (value?.Action?.Data is not { } data)
        {
            return TeamsOutcomes.Error(400, "BadRequest", "The invoke has no action data.");
        }

        switch (ActionPayloads.Read(data))
        {
            case ActionReadResult.Accepted accepted:
                var outcome = await core.ActionAsync(TeamsIdentity.RequestOf(activity), accepted.Action, cancellationToken).ConfigureAwait(false);
                return outcomes.ForInvoke(activity, accepted.Action, outcome);
            case ActionReadResult.Rejected rejected:
                return TeamsOutcomes.Error(400, "BadRequest", rejected.Reason);
            default:
                return TeamsOutcomes.Error(400, "BadRequest", "That button sent nothing GoalFrames can read.");
        }
    }
}
