using GoalFrames.Conversation.Outcomes;
using GoalFrames.Engine.Drafts;

namespace GoalFrames.Conversation.Platforms;

/// <summary>
/// Writes to a person in their direct messages with the bot when nobody asked (a proactive message), in the
/// platform's form: each platform adapter implements it for its own platform. A person the bot cannot reach (not
/// installed for them, another workspace or tenant) is an exception that says so; the caller decides whether to try again.
/// </summary>
public interface IDirectMessenger
{
    /// <summary>The platform this messenger writes on, e.g. <c>slack</c> or <c>teams</c>.</summary>
    string Platform { get; }

    /// <summary>Sends the answer to the person's direct messages with the bot.</summary>
    /// <param name="person">The person, as the owner of drafts on this platform.</param>
    /// <param name="answer">What to send.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    Task SendAsync(DraftOwner person, Answer answer, CancellationToken cancellationToken);
}
