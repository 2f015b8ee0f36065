using GoalFrames.Conversation.Outcomes;
using GoalFrames.Engine.Drafts;

namespace GoalFrames.Conversation.Platforms;

/// <summary>
/// Starts a direct message from the bot to someone on the sender's platform, without their writing first (Slack
/// <c>conversations.open</c>; a Teams 1:1 created with the tenant and a stored service URL). Each adapter implements it
/// for its platform and renders the answer its own way.
/// </summary>
public interface IPersonMessenger
{
    /// <summary>The platform it sends on, e.g. <c>slack</c>.</summary>
    string Platform { get; }

    /// <summary>Sends an answer to a person in the sender's workspace or tenant.</summary>
    /// <param name="from">Who the message is on behalf of (gives the workspace or tenant).</param>
    /// <param name="person">The person.</param>
    /// <param name="answer">What to send.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    /// <returns>Whether it arrived, or why the bot could not reach them.</returns>
    Task<Delivery> SendAsync(DraftOwner from, DraftSubject person, Answer answer, CancellationToken cancellationToken);
}
