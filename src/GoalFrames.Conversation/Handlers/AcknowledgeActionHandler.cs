using GoalFrames.Conversation.Outcomes;
using GoalFrames.Conversation.Platforms;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Engine.Drafts;

namespace GoalFrames.Conversation.Handlers;

/// <summary>
/// The person acknowledges goals sent to them: their copy says so in place, and their manager is told in a direct
/// message. Only the person they were sent to can, and only on the newest copy.
/// </summary>
internal sealed class AcknowledgeActionHandler(DraftEditor editor, ISentGoalsStore sent, PersonMessengers messengers) : IActionHandler
{
    public string Action => ActionNames.Acknowledge;

    public async Task<Outcome> HandleAsync(ConversationRequest request, GoalsAction action, CancellationToken cancellationToken)
    {
        var acknowledge = (GoalsAction.Acknowledge)action;
        if (await SentAnswering.FindAsync(request, sent, acknowledge.Sent, acknowledge.Sends, cancellationToken).ConfigureAwait(false) is { Refusal: { } refusal })
        {
            return refusal;
        }

        if (await sent.AcknowledgeAsync(acknowledge.Sent, acknowledge.Sends, cancellationToken).ConfigureAwait(false) is not { } acknowledged)
        {
            return Answering.Tell(SentWords.Withdrawn);
        }

        var profile = editor.FindProfile(acknowledged.ProfileId);
        var manager = new DraftSubject(acknowledged.Manager.UserId, acknowledged.ManagerName);
        await messengers.SendAsync(acknowledged.Manager, manager, new Answer.Words(SentWords.Acknowledged(acknowledged, profile)) { Buttons = [SentAnswering.Open(acknowledged)] }, cancellationToken).ConfigureAwait(false);
        return editor.ShowSent(acknowledged) is { } goals
            ? new Outcome.UpdateMessage(new Answer.Goals(goals with { Notice = SentWords.ForThePerson(acknowledged, profile) }, ReplyMode.Received) { Personal = true })
            : Answering.Tell(SentWords.ForThePerson(acknowledged, profile).Text);
    }
}
