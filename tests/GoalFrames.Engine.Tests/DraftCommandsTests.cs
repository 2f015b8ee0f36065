using GoalFrames.Engine.Commands;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Drafts;

namespace GoalFrames.Engine.Tests;

public sealed class DraftCommandsTests
{
    private static readonly DraftOwner Me = new("slack", "T1", "U1");

    [Fact]
    public async Task Forget_Number_DeletesThatDraftOnly()
    {
        var store = new ListedDrafts(Summary("A"), Summary("B"), Summary("C"));

        var reply = await new DraftCommands(store).HandleAsync(Me, new GoalsCommand.Forget(2), TestContext.Current.CancellationToken);

        Assert.Equal("B", Assert.Single(Assert.IsType<DraftsReply.Forgotten>(reply).Drafts).ProfileId);
        Assert.Equal([store.Drafts[1].Id], store.Deleted);
    }

    [Fact]
    public async Task Forget_NumberOutOfRange_DeletesNothingAndSaysHowMany()
    {
        var store = new ListedDrafts(Summary("A"));

        var reply = await new DraftCommands(store).HandleAsync(Me, new GoalsCommand.Forget(4), TestContext.Current.CancellationToken);

        Assert.Equal(new DraftsReply.NoSuchDraft(4, 1), reply);
        Assert.Empty(store.Deleted);
    }

    [Fact]
    public async Task Forget_All_DeletesEverythingOfTheOwner()
    {
        var store = new ListedDrafts(Summary("A"), Summary("B"));

        var reply = await new DraftCommands(store).HandleAsync(Me, new GoalsCommand.Forget(null), TestContext.Current.CancellationToken);

        Assert.Equal(2, Assert.IsType<DraftsReply.Forgotten>(reply).Drafts.Count);
        Assert.True(store.DeletedAll);
    }

    private static DraftSummary Summary(string profile) =>
        new(Guid.NewGuid(), profile, FrameKind.Smart, new DraftCompleteness(1, 3), 1, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

    /// <summary>A store that lists fixed drafts and records deletions; the SQL stores have their own contract suite.</summary>
    private sealed class ListedDrafts(params DraftSummary[] drafts) : IDraftStore
    {
        public DraftSummary[] Drafts { get; } = drafts;

        public List<Guid> Deleted { get; } = [];

        public bool DeletedAll { get; private set; }

        public Task<IReadOnlyList<DraftSummary>> ListAsync(DraftOwner owner, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<DraftSummary>>(Drafts);

        public Task<bool> DeleteAsync(DraftOwner owner, Guid draftId, CancellationToken cancellationToken)
        {
            Deleted.Add(draftId);
            return Task.FromResult(true);
        }

        public Task<int> DeleteAllAsync(DraftOwner owner, CancellationToken cancellationToken)
        {
            DeletedAll = true;
            return Task.FromResult(Drafts.Length);
        }

        public List<string> DeletedAbout { get; } = [];

        public Task<Draft?> GetAsync(DraftOwner owner, DraftSubject? about, string profileId, FrameKind framework, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<int> DeleteAboutAsync(DraftOwner owner, string subjectId, CancellationToken cancellationToken)
        {
            DeletedAbout.Add(subjectId);
            return Task.FromResult(Drafts.Count(d => d.About?.UserId == subjectId));
        }

        public Task<SaveResult> SaveAsync(DraftOwner owner, DraftContent content, int expectedVersion, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<int> PurgeOlderThanAsync(TimeSpan retention, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
