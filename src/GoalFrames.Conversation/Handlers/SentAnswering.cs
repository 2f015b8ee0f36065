using GoalFrames.Conversation.Outcomes;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Engine.Drafts;

namespace GoalFrames.Conversation.Handlers;

/// <summary>The rules for answering goals someone was sent: only that person, only the newest copy.</summary>
internal static class SentAnswering
{
    /// <summary>The send a button answers, or why the presser may not answer it.</summary>
    public static async Task<(SentGoals? Sent, Outcome? Refusal)> FindAsync(ConversationRequest request, ISentGoalsStore store, Guid id, int? sends, CancellationToken cancellationToken)
    {
        if (request.Owner is not { } presser)
        {
            return (null, Answering.Tell(ConversationWords.WhoAreYou));
        }

        if (await store.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { } sent)
        {
            return (null, Answering.Tell(SentWords.Withdrawn));
        }

        if (!sent.IsFor(presser, request.AlsoKnownAs))
        {
            return (null, Answering.Tell(SentWords.NotYours));
        }

        return sends is { } seen && seen != sent.Sends ? (null, Answering.Tell(SentWords.Superseded(sent))) : (sent, null);
    }

    /// <summary>The button that opens, for the manager, their drafts about the person.</summary>
    public static ReplyNotice.Button Open(SentGoals sent) =>
        new("Open the goals", new GoalsAction.SwitchFramework(sent.ProfileId, sent.Snapshot.Count == 1 ? sent.Snapshot[0].Framework : null) { About = sent.Subject });
}
