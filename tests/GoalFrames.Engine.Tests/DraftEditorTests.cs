using GoalFrames.Canon;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Drafts;
using GoalFrames.Testing;

namespace GoalFrames.Engine.Tests;

public sealed class DraftEditorTests
{
    private static readonly DraftOwner Me = new("teams", "tenant-1", "user-1");

    private const string Family = """
        family:
          code: EDIT1
          name: Editing
        focuses:
          - code: GEN
            name: General
            description: Drafts over canon edits.
            aliases: [editing]
            profiles:
              - level: M5
                status: approved
                version: 1
                provenance: test
                core_outputs:
                  - id: one
                    text: Original wording of the output
                  - id: two
                    text: Second output
        """;

    [Fact]
    public async Task Save_ThenStaleVersion_IsAConflictWithTheLatest()
    {
        using var dir = new TempCanon(Family);
        var (editor, _) = Editor(CanonLoader.LoadOrThrow(dir.Dir));

        var first = await editor.SaveAsync(Me, "EDIT1.GEN.M5", FrameKind.Smart, [new("smart/one", "target", "12")], 0, TestContext.Current.CancellationToken);
        var stale = await editor.SaveAsync(Me, "EDIT1.GEN.M5", FrameKind.Smart, [new("smart/one", "target", "13")], 0, TestContext.Current.CancellationToken);

        Assert.Equal(1, Assert.IsType<SaveResult.Saved>(first).Draft.Version);
        Assert.Equal("12", Assert.IsType<SaveResult.Conflict>(stale).Latest.Content.Values.Single().Value);
    }

    [Fact]
    public async Task Save_OneSlot_KeepsTheOtherSavedValues()
    {
        using var dir = new TempCanon(Family);
        var (editor, _) = Editor(CanonLoader.LoadOrThrow(dir.Dir));

        await editor.SaveAsync(Me, "EDIT1.GEN.M5", FrameKind.Smart, [new("smart/one", "target", "12"), new("smart/two", "date", "2027-01-31")], 0, TestContext.Current.CancellationToken);
        var second = await editor.SaveAsync(Me, "EDIT1.GEN.M5", FrameKind.Smart, [new("smart/one", "target", "14")], 1, TestContext.Current.CancellationToken);

        var values = Assert.IsType<SaveResult.Saved>(second).Draft.Content.Values;
        Assert.Contains(new DraftValue("smart/one", "target", "14"), values);
        Assert.Contains(new DraftValue("smart/two", "date", "2027-01-31"), values);
    }

    [Fact]
    public async Task Open_AfterHrRewordsARow_ShowsTheWordingTheDraftWasSavedWith()
    {
        using var before = new TempCanon(Family);
        using var after = new TempCanon(Family.Replace("Original wording of the output", "Reworded by HR", StringComparison.Ordinal));
        var (editor, source) = Editor(CanonLoader.LoadOrThrow(before.Dir));
        await editor.SaveAsync(Me, "EDIT1.GEN.M5", FrameKind.Smart, [new("smart/one", "target", "12")], 0, TestContext.Current.CancellationToken);

        source.Current = CanonLoader.LoadOrThrow(after.Dir);
        var opened = await editor.OpenAsync(Me, "EDIT1.GEN.M5", FrameKind.Smart, TestContext.Current.CancellationToken);

        var headline = opened!.Value.Sheet.Section(FrameKind.Smart)!.Items.First().Headline.Text;
        Assert.Equal("Original wording of the output", headline);
    }

    private static (DraftEditor Editor, SwappableSource Source) Editor(ICanon canon)
    {
        var source = new SwappableSource(canon);
        var engine = new FrameEngine();
        return (new DraftEditor(new MemoryDrafts(), new GoalsResponder(source, engine), engine), source);
    }

    private sealed class SwappableSource(ICanon canon) : ICanonSource
    {
        public ICanon Current { get; set; } = canon;
    }

    /// <summary>A one-owner draft store with the contract's version check; the SQL stores have their own suite.</summary>
    private sealed class MemoryDrafts : IDraftStore
    {
        private readonly Dictionary<(string, FrameKind), Draft> _drafts = [];

        public Task<Draft?> GetAsync(DraftOwner owner, string profileId, FrameKind framework, CancellationToken cancellationToken) =>
            Task.FromResult(_drafts.GetValueOrDefault((profileId, framework)));

        public Task<SaveResult> SaveAsync(DraftOwner owner, DraftContent content, int expectedVersion, CancellationToken cancellationToken)
        {
            var key = (content.ProfileId, content.Framework);
            var existing = _drafts.GetValueOrDefault(key);
            if ((existing?.Version ?? 0) != expectedVersion)
            {
                return Task.FromResult<SaveResult>(new SaveResult.Conflict(existing!));
            }

            var saved = new Draft(existing?.Id ?? Guid.NewGuid(), owner, content, expectedVersion + 1, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);
            _drafts[key] = saved;
            return Task.FromResult<SaveResult>(new SaveResult.Saved(saved));
        }

        public Task<IReadOnlyList<DraftSummary>> ListAsync(DraftOwner owner, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<bool> DeleteAsync(DraftOwner owner, Guid draftId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<int> DeleteAllAsync(DraftOwner owner, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<int> PurgeOlderThanAsync(TimeSpan retention, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
