using GoalFrames.Conversation.Outcomes;
using GoalFrames.Conversation.Platforms;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Engine.Drafts;

namespace GoalFrames.Conversation.Handlers;

/// <summary>
/// Sends the manager's saved goals about a person to that person: a read-only snapshot with Acknowledge and a question
/// box, delivered to their direct messages with the bot. Only what was delivered is marked as sent; the manager's card
/// then says when.
/// </summary>
internal sealed class SendToPersonActionHandler(TimeProvider time, DraftEditor editor, ISentGoalsStore sent, PersonMessengers messengers) : IActionHandler
{
    public string Action => ActionNames.SendToPerson;

    public async Task<Outcome> HandleAsync(ConversationRequest request, GoalsAction action, CancellationToken cancellationToken)
    {
        var send = (GoalsAction.SendToPerson)action;
        if (Answering.RequireDirectMessage(request, out var owner) is { } refusal)
        {
            return refusal;
        }

        if (send.About is not { } person)
        {
            return Answering.Tell(SentWords.SendNeedsAPerson);
        }

        if (editor.FindProfile(send.ProfileId) is not { } profile)
        {
            return Answering.Tell(ConversationWords.ProfileGone(send.ProfileId));
        }

        var kinds = GoalsAction.KindsOf(send.Kind);
        var snapshot = new List<DraftContent>();
        foreach (var kind in kinds)
        {
            if ((await editor.OpenAsync(owner, person, profile.Id, kind, cancellationToken).ConfigureAwait(false))?.Draft is { } draft)
            {
                snapshot.Add(draft.Content);
            }
        }

        if (snapshot.Count == 0)
        {
            return Answering.Tell(SentWords.NothingSaved);
        }

        var before = await sent.FindAsync(owner, person.UserId, profile.Id, cancellationToken).ConfigureAwait(false);
        var name = string.IsNullOrWhiteSpace(request.Name) ? "Your manager" : request.Name;
        var copy = new SentGoals(before?.Id ?? Guid.NewGuid(), owner, person, profile.Id, name, snapshot, (before?.Sends ?? 0) + 1, time.GetUtcNow(), null);
        if (editor.ShowSent(copy) is not { } goals)
        {
            return Answering.Tell(ConversationWords.ProfileGone(send.ProfileId));
        }

        var answer = new Answer.Goals(goals with { Notice = SentWords.ForThePerson(copy, profile) }, ReplyMode.Received) { Personal = true };
        if (await messengers.SendAsync(owner, person, answer, cancellationToken).ConfigureAwait(false) is Delivery.Unreachable unreachable)
        {
            return Answering.Tell(SentWords.CannotReach(person, unreachable.Reason));
        }

        var recorded = await sent.RecordAsync(copy.Id, owner, person, profile.Id, name, snapshot, cancellationToken).ConfigureAwait(false);
        var card = await editor.ShowAsync(owner, person, profile.Id, kinds, asText: false, cancellationToken).ConfigureAwait(false);
        return card is null
            ? Answering.Tell(SentWords.Sent(person, recorded))
            : new Outcome.UpdateMessage(new Answer.Goals(card with { Sent = recorded, Notice = new ReplyNotice(SentWords.Sent(person, recorded)) }, ReplyMode.Editable) { Personal = true });
    }
}
