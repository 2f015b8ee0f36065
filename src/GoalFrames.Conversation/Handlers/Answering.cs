using GoalFrames.Conversation.Outcomes;
using GoalFrames.Engine.Drafts;

namespace GoalFrames.Conversation.Handlers;

/// <summary>The rules every handler follows about where an answer goes.</summary>
internal static class Answering
{
    /// <summary>An answer to a pressed button: over the pressed message when only the person sees it, else privately.</summary>
    public static Outcome InPlace(ConversationRequest request, Answer answer) =>
        request.IsPrivate ? new Outcome.UpdateMessage(answer) : new Outcome.ReplyPrivately(answer);

    /// <summary>A private note for the person.</summary>
    public static Outcome Tell(string words) => new Outcome.ReplyPrivately(new Answer.Words(words));

    /// <summary>
    /// The person's own drafts may be changed only from their direct messages, and only when the platform identified
    /// them; returns the refusal, or null with the owner.
    /// </summary>
    public static Outcome? RequireDirectMessage(ConversationRequest request, out DraftOwner owner)
    {
        owner = request.Owner!;
        if (request.Owner is null)
        {
            return Tell(ConversationWords.WhoAreYou);
        }

        return request.Surface == SurfaceKind.DirectMessage ? null : Tell(ConversationWords.DraftsArePrivate);
    }
}
