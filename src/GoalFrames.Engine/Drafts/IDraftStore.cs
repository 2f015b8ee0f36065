namespace GoalFrames.Engine.Drafts;

/// <summary>
/// Keeps managers' drafts: one per owner, subject (the person the goals are for, or nobody), profile and framework. Every method that reads or writes a draft takes its
/// owner and never sees another owner's draft. Saves are optimistic: a save names the version it edited, and of two
/// saves of the same version exactly one wins.
/// </summary>
public interface IDraftStore
{
    /// <summary>The owner's draft of a profile and framework about a person (or about nobody), or null.</summary>
    /// <param name="owner">The owner.</param>
    /// <param name="about">The person the draft is about (matched by user id), or null for a draft about nobody.</param>
    /// <param name="profileId">The profile id, as the canon spells it.</param>
    /// <param name="framework">The framework.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<Draft?> GetAsync(DraftOwner owner, DraftSubject? about, string profileId, FrameKind framework, CancellationToken cancellationToken);

    /// <summary>The owner's drafts, oldest first, so that the numbers of <c>/goals mine</c> stay put while drafts are edited.</summary>
    /// <param name="owner">The owner.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<DraftSummary>> ListAsync(DraftOwner owner, CancellationToken cancellationToken);

    /// <summary>Saves the owner's draft of the content's subject, profile and framework if its version is still the one expected.</summary>
    /// <param name="owner">The owner.</param>
    /// <param name="content">What to save.</param>
    /// <param name="expectedVersion">The version that was edited; 0 for a draft that has not been saved yet.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Saved with the new version, Conflict with the latest draft, or NotFound when the draft was deleted meanwhile.</returns>
    Task<SaveResult> SaveAsync(DraftOwner owner, DraftContent content, int expectedVersion, CancellationToken cancellationToken);

    /// <summary>Deletes one of the owner's drafts.</summary>
    /// <param name="owner">The owner.</param>
    /// <param name="draftId">The draft id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>True when the owner had that draft and it is gone.</returns>
    Task<bool> DeleteAsync(DraftOwner owner, Guid draftId, CancellationToken cancellationToken);

    /// <summary>Deletes all of the owner's drafts.</summary>
    /// <param name="owner">The owner.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many were deleted.</returns>
    Task<int> DeleteAllAsync(DraftOwner owner, CancellationToken cancellationToken);

    /// <summary>Deletes all of the owner's drafts about one person.</summary>
    /// <param name="owner">The owner.</param>
    /// <param name="subjectId">The person's user id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many were deleted.</returns>
    Task<int> DeleteAboutAsync(DraftOwner owner, string subjectId, CancellationToken cancellationToken);

    /// <summary>Deletes every draft, of any owner, last saved longer ago than the retention.</summary>
    /// <param name="retention">How long a draft is kept after its last save.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many were deleted.</returns>
    Task<int> PurgeOlderThanAsync(TimeSpan retention, CancellationToken cancellationToken);
}
