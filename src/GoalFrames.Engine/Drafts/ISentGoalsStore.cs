namespace GoalFrames.Engine.Drafts;

/// <summary>
/// Keeps what managers sent to their reports: one snapshot per manager, person and profile (sending again replaces it
/// and counts the send). Only the manager lists or deletes them; only the person they are about acknowledges them.
/// </summary>
public interface ISentGoalsStore
{
    /// <summary>Records a send: a new snapshot, the send counted, the sent time now, any acknowledgement cleared.</summary>
    /// <param name="id">The id for a first send (a later send keeps the first one's id).</param>
    /// <param name="manager">Who sends.</param>
    /// <param name="subject">To whom.</param>
    /// <param name="profileId">The profile.</param>
    /// <param name="managerName">The manager's name for the person to read.</param>
    /// <param name="snapshot">The drafts sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<SentGoals> RecordAsync(Guid id, DraftOwner manager, DraftSubject subject, string profileId, string managerName, IReadOnlyList<DraftContent> snapshot, CancellationToken cancellationToken);

    /// <summary>A send by id, or null.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<SentGoals?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>What the manager sent to one person for one profile (the store's unique key), or null.</summary>
    /// <param name="manager">The manager.</param>
    /// <param name="subjectId">The person's user id.</param>
    /// <param name="profileId">The profile.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<SentGoals?> FindAsync(DraftOwner manager, string subjectId, string profileId, CancellationToken cancellationToken);

    /// <summary>The manager's sends, oldest first.</summary>
    /// <param name="manager">The manager.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<SentGoals>> ListAsync(DraftOwner manager, CancellationToken cancellationToken);

    /// <summary>Marks a send acknowledged, when it is still the send the person saw (check <see cref="SentGoals.IsFor"/> first).</summary>
    /// <param name="id">The send.</param>
    /// <param name="sends">The send count of the copy the person pressed Acknowledge on (an older copy cannot acknowledge an update).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The acknowledged send, or null when it is gone or was sent again since.</returns>
    Task<SentGoals?> AcknowledgeAsync(Guid id, int sends, CancellationToken cancellationToken);

    /// <summary>Deletes everything the manager sent to one person.</summary>
    /// <param name="manager">The manager.</param>
    /// <param name="subjectId">The person's user id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many sends were deleted.</returns>
    Task<int> DeleteAboutAsync(DraftOwner manager, string subjectId, CancellationToken cancellationToken);

    /// <summary>Deletes every send, of any manager, sent longer ago than the retention.</summary>
    /// <param name="retention">How long a send is kept.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<int> PurgeOlderThanAsync(TimeSpan retention, CancellationToken cancellationToken);
}
