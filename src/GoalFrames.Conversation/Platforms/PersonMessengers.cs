using GoalFrames.Conversation.Outcomes;
using GoalFrames.Engine.Drafts;

namespace GoalFrames.Conversation.Platforms;

/// <summary>The messenger of each platform the host serves, chosen by the sender's platform.</summary>
public sealed class PersonMessengers(IEnumerable<IPersonMessenger> messengers)
{
    private readonly Dictionary<string, IPersonMessenger> _byPlatform = messengers.ToDictionary(m => m.Platform, StringComparer.Ordinal);

    /// <summary>Sends an answer to a person on the sender's platform; a platform this host does not serve is unreachable.</summary>
    /// <param name="from">On whose behalf.</param>
    /// <param name="person">To whom.</param>
    /// <param name="answer">What to send.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    public Task<Delivery> SendAsync(DraftOwner from, DraftSubject person, Answer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(from);
        return _byPlatform.TryGetValue(from.Platform, out var messenger)
            ? messenger.SendAsync(from, person, answer, cancellationToken)
            : Task.FromResult<Delivery>(new Delivery.Unreachable($"this GoalFrames does not send messages on {from.Platform}."));
    }
}
