using GoalFrames.Engine;
using GoalFrames.Engine.Drafts;

namespace GoalFrames.Conversation.Tests;

/// <summary>A real store whose saves wait for a gate (a slow database), or fail (a database that is down).</summary>
internal sealed class GatedDraftStore(IDraftStore inner) : IDraftStore
{
    public TaskCompletionSource SaveGate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource SaveStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool Gated { get; set; }

    public bool Down { get; set; }

    public Task<Draft?> GetAsync(DraftOwner owner, DraftSubject? about, string profileId, FrameKind framework, CancellationToken cancellationToken) =>
        Down ? throw new InvalidOperationException("database is locked") : inner.GetAsync(owner, about, profileId, framework, cancellationToken);

    public Task<IReadOnlyList<DraftSummary>> ListAsync(DraftOwner owner, CancellationToken cancellationToken) =>
        Down ? throw new InvalidOperationException("database is locked") : inner.ListAsync(owner, cancellationToken);

    public async Task<SaveResult> SaveAsync(DraftOwner owner, DraftContent content, int expectedVersion, CancellationToken cancellationToken)
    {
        if (Gated)
        {
            SaveStarted.TrySetResult();
            await SaveGate.Task.ConfigureAwait(false);
        }

        return await inner.SaveAsync(owner, content, expectedVersion, cancellationToken).ConfigureAwait(false);
    }

    public Task<bool> DeleteAsync(DraftOwner owner, Guid draftId, CancellationToken cancellationToken) => inner.DeleteAsync(owner, draftId, cancellationToken);

    public Task<int> DeleteAllAsync(DraftOwner owner, CancellationToken cancellationToken) => inner.DeleteAllAsync(owner, cancellationToken);

    public Task<int> DeleteAboutAsync(DraftOwner owner, string subjectId, CancellationToken cancellationToken) => inner.DeleteAboutAsync(owner, subjectId, cancellationToken);

    public Task<int> PurgeOlderThanAsync(TimeSpan retention, CancellationToken cancellationToken) => inner.PurgeOlderThanAsync(retention, cancellationToken);
}
