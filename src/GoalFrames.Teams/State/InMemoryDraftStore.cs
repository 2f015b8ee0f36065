using GoalFrames.Engine;
using GoalFrames.Engine.Drafts;

namespace GoalFrames.Teams.State;

/// <summary>
/// Drafts kept in this process, used when the host registers no shared <see cref="IDraftStore"/> (local development).
/// Same contract as the SQL stores: one draft per owner, profile and framework; optimistic versions.
/// </summary>
internal sealed class InMemoryDraftStore(TimeProvider time) : IDraftStore
{
    private readonly Lock _gate = new();
    private readonly List<Draft> _drafts = [];

    public Task<Draft?> GetAsync(DraftOwner owner, string profileId, FrameKind framework, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(Find(owner, profileId, framework));
        }
    }

    public Task<IReadOnlyList<DraftSummary>> ListAsync(DraftOwner owner, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<DraftSummary> list = [.. _drafts.Where(d => d.Owner == owner).OrderBy(d => d.CreatedAt).Select(d =>
                new DraftSummary(d.Id, d.Content.ProfileId, d.Content.Framework, d.Content.Completeness, d.Version, d.CreatedAt, d.UpdatedAt))];
            return Task.FromResult(list);
        }
    }

    public Task<SaveResult> SaveAsync(DraftOwner owner, DraftContent content, int expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var now = time.GetUtcNow();
        lock (_gate)
        {
            var existing = Find(owner, content.ProfileId, content.Framework);
            if (existing is null)
            {
                if (expectedVersion != 0)
                {
                    return Task.FromResult<SaveResult>(new SaveResult.NotFound(expectedVersion));
                }

                var created = new Draft(Guid.NewGuid(), owner, content, 1, now, now);
                _drafts.Add(created);
                return Task.FromResult<SaveResult>(new SaveResult.Saved(created));
            }

            if (existing.Version != expectedVersion)
            {
                return Task.FromResult<SaveResult>(new SaveResult.Conflict(existing));
            }

            var saved = existing with { Content = content, Version = existing.Version + 1, UpdatedAt = now };
            _drafts[_drafts.IndexOf(existing)] = saved;
            return Task.FromResult<SaveResult>(new SaveResult.Saved(saved));
        }
    }

    public Task<bool> DeleteAsync(DraftOwner owner, Guid draftId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_drafts.RemoveAll(d => d.Owner == owner && d.Id == draftId) > 0);
        }
    }

    public Task<int> DeleteAllAsync(DraftOwner owner, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_drafts.RemoveAll(d => d.Owner == owner));
        }
    }

    public Task<int> PurgeOlderThanAsync(TimeSpan retention, CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - retention;
        lock (_gate)
        {
            return Task.FromResult(_drafts.RemoveAll(d => d.UpdatedAt < cutoff));
        }
    }

    private Draft? Find(DraftOwner owner, string profileId, FrameKind framework) =>
        _drafts.Find(d => d.Owner == owner && d.Content.ProfileId == profileId && d.Content.Framework == framework);
}
