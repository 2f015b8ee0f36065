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
                  - id: three
                    text: Third output
        """;

    /// <summary>The family after HR edited it: "one" and "three" reworded, "two" removed.</summary>
    private static readonly string Edited = Family
        .Replace("Original wording of the output", "Reworded by HR", StringComparison.Ordinal)
        .Replace("Third output", "Third output, reworded", StringComparison.Ordinal)
        .Replace("          - id: two\n            text: Second output\n", string.Empty, StringComparison.Ordinal);

    [Fact]
    public async Task Save_ThenStaleVersion_IsAConflictWithTheLatest()
    {
        using var dir = new TempCanon(Family);
        var (editor, _) = Editor(CanonLoader.LoadOrThrow(dir.Dir));

        var first = await editor.SaveAsync(Me, null, "EDIT1.GEN.M5", FrameKind.Smart, [new("smart/one", "target", "12")], 0, TestContext.Current.CancellationToken);
        var stale = await editor.SaveAsync(Me, null, "EDIT1.GEN.M5", FrameKind.Smart, [new("smart/one", "target", "13")], 0, TestContext.Current.CancellationToken);

        Assert.Equal(1, Assert.IsType<SaveResult.Saved>(first).Draft.Version);
        Assert.Equal("12", Assert.IsType<SaveResult.Conflict>(stale).Latest.Content.Values.Single().Value);
    }

    [Fact]
    public async Task Save_OneSlot_KeepsTheOtherSavedValues()
    {
        using var dir = new TempCanon(Family);
        var (editor, _) = Editor(CanonLoader.LoadOrThrow(dir.Dir));

        await editor.SaveAsync(Me, null, "EDIT1.GEN.M5", FrameKind.Smart, [new("smart/one", "target", "12"), new("smart/two", "date", "2027-01-31")], 0, TestContext.Current.CancellationToken);
        var second = await editor.SaveAsync(Me, null, "EDIT1.GEN.M5", FrameKind.Smart, [new("smart/one", "target", "14")], 1, TestContext.Current.CancellationToken);

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
        await editor.SaveAsync(Me, null, "EDIT1.GEN.M5", FrameKind.Smart, [new("smart/one", "target", "12")], 0, TestContext.Current.CancellationToken);

        source.Current = CanonLoader.LoadOrThrow(after.Dir);
        var opened = await editor.OpenAsync(Me, null, "EDIT1.GEN.M5", FrameKind.Smart, TestContext.Current.CancellationToken);

        var headline = opened!.Sheet.Section(FrameKind.Smart)!.Items.First().Headline.Text;
        Assert.Equal("Original wording of the output", headline);
        var changed = Assert.Single(opened.Drift!.Changed);
        Assert.Equal(("smart/one", "Reworded by HR"), (changed.Row.ItemKey, changed.CurrentText));
    }

    [Fact]
    public async Task Save_AfterHrRemovesARow_KeepsThatRowAndItsValues()
    {
        var ct = TestContext.Current.CancellationToken;
        var editor = await SavedThenEditedAsync(new("smart/two", "target", "40 sites"), new("smart/one", "target", "12"));

        var saved = await editor.SaveAsync(Me, null, Profile, FrameKind.Smart, [new("smart/one", "target", "14")], 1, ct);

        var content = Assert.IsType<SaveResult.Saved>(saved).Draft.Content;
        Assert.Contains(content.Rows, r => r.ItemKey == "smart/two" && r.Text == "Second output");
        Assert.Contains(new DraftValue("smart/two", "target", "40 sites"), content.Values);
        Assert.Contains(new DraftValue("smart/one", "target", "14"), content.Values);
        Assert.Equal("Original wording of the output", content.Rows.Single(r => r.ItemKey == "smart/one").Text);
    }

    [Fact]
    public async Task AcceptCanonChange_OnAReword_TakesTheCurrentTextForThatGoalOnly_AndKeepsItsValues()
    {
        var ct = TestContext.Current.CancellationToken;
        var editor = await SavedThenEditedAsync(new("smart/one", "target", "12"), new("smart/three", "date", "2027-06-30"));

        var accepted = await editor.AcceptCanonChangeAsync(Me, null, Profile, FrameKind.Smart, "smart/one", ct);

        var content = Assert.IsType<SaveResult.Saved>(accepted).Draft.Content;
        Assert.Equal("Reworded by HR", content.Rows.Single(r => r.ItemKey == "smart/one").Text);
        Assert.Equal("Third output", content.Rows.Single(r => r.ItemKey == "smart/three").Text);
        Assert.Contains(new DraftValue("smart/one", "target", "12"), content.Values);
        var opened = await editor.OpenAsync(Me, null, Profile, FrameKind.Smart, ct);
        Assert.Equal(["Reworded by HR", "Third output"], opened!.Sheet.Section(FrameKind.Smart)!.Items.Select(i => i.Headline.Text));
        Assert.Equal(["smart/three"], opened.Drift!.Changed.Select(c => c.Row.ItemKey));
        Assert.Equal(["smart/two"], opened.Drift.Removed.Select(c => c.Row.ItemKey));
    }

    [Fact]
    public async Task AcceptCanonChange_OnARemovedRow_LetsTheRowAndItsValuesGo()
    {
        var ct = TestContext.Current.CancellationToken;
        var editor = await SavedThenEditedAsync(new("smart/two", "target", "40 sites"), new("smart/one", "target", "12"));

        var accepted = await editor.AcceptCanonChangeAsync(Me, null, Profile, FrameKind.Smart, "smart/two", ct);

        var content = Assert.IsType<SaveResult.Saved>(accepted).Draft.Content;
        Assert.DoesNotContain(content.Rows, r => r.ItemKey == "smart/two");
        Assert.Equal([new DraftValue("smart/one", "target", "12")], content.Values);
        Assert.Equal("Original wording of the output", content.Rows.Single(r => r.ItemKey == "smart/one").Text);
    }

    [Fact]
    public async Task AcceptCanonChange_WhenTheGoalHasNoChange_WritesNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dir = new TempCanon(Family);
        var (editor, _) = Editor(CanonLoader.LoadOrThrow(dir.Dir));
        await editor.SaveAsync(Me, null, Profile, FrameKind.Smart, [new("smart/one", "target", "12")], 0, ct);

        var accepted = await editor.AcceptCanonChangeAsync(Me, null, Profile, FrameKind.Smart, "smart/one", ct);

        Assert.Equal(1, Assert.IsType<SaveResult.Saved>(accepted).Draft.Version);
        Assert.Null(await editor.AcceptCanonChangeAsync(Me, null, Profile, FrameKind.Okr, "okr/one", ct));
    }

    [Fact]
    public async Task Show_AllFrameworks_BuildsEachFromItsOwnDraft_AndCarriesTheirDrift()
    {
        var ct = TestContext.Current.CancellationToken;
        var editor = await SavedThenEditedAsync(new DraftValue("smart/one", "target", "12"));

        var shown = await editor.ShowAsync(Me, null, Profile, FrameKinds.All, asText: false, ct);

        Assert.NotNull(shown);
        Assert.Equal("Original wording of the output", shown.Sheet.Section(FrameKind.Smart)!.Items.First().Headline.Text);
        Assert.Equal("Reworded by HR", shown.Sheet.Section(FrameKind.Okr)!.Items.First().Headline.Text);
        var drift = Assert.Single(shown.Drift);
        Assert.Equal(FrameKind.Smart, drift.Draft.Content.Framework);
        Assert.True(drift.IsSuperseded);
        Assert.Null(await editor.ShowAsync(Me, null, "EDIT1.GEN.M9", FrameKinds.All, asText: false, ct));
    }

    [Fact]
    public async Task Save_NamingAVersion_AfterTheDraftWasForgotten_IsNotFound()
    {
        var ct = TestContext.Current.CancellationToken;
        using var dir = new TempCanon(Family);
        var store = new MemoryDrafts();
        var engine = new FrameEngine();
        var editor = new DraftEditor(store, new GoalsResponder(CanonLoader.LoadOrThrow(dir.Dir), engine), engine, new NothingSent());
        await editor.SaveAsync(Me, null, Profile, FrameKind.Smart, [new("smart/one", "target", "12")], 0, ct);
        await store.DeleteAllAsync(Me, ct);

        var late = await editor.SaveAsync(Me, null, Profile, FrameKind.Smart, [new("smart/one", "target", "13")], 1, ct);

        Assert.Equal(1, Assert.IsType<SaveResult.NotFound>(late).ExpectedVersion);
    }

    private const string Profile = "EDIT1.GEN.M5";

    /// <summary>An editor where the owner saved a SMART draft with these values, after which HR edited the canon (<see cref="Edited"/>).</summary>
    private static async Task<DraftEditor> SavedThenEditedAsync(params DraftValue[] values)
    {
        using var before = new TempCanon(Family);
        using var after = new TempCanon(Edited);
        var (editor, source) = Editor(CanonLoader.LoadOrThrow(before.Dir));
        await editor.SaveAsync(Me, null, Profile, FrameKind.Smart, values, 0, TestContext.Current.CancellationToken);
        source.Current = CanonLoader.LoadOrThrow(after.Dir);
        return editor;
    }

    private static (DraftEditor Editor, SwappableSource Source) Editor(ICanon canon)
    {
        var source = new SwappableSource(canon);
        var engine = new FrameEngine();
        return (new DraftEditor(new MemoryDrafts(), new GoalsResponder(source, engine), engine, new NothingSent()), source);
    }

    private sealed class SwappableSource(ICanon canon) : ICanonSource
    {
        public ICanon Current { get; set; } = canon;
    }

    /// <summary>A one-owner draft store with the contract's version check; the SQL stores have their own suite.</summary>
    private sealed class MemoryDrafts : IDraftStore
    {
        private readonly Dictionary<(string, string, FrameKind), Draft> _drafts = [];

        public Task<Draft?> GetAsync(DraftOwner owner, DraftSubject? about, string profileId, FrameKind framework, CancellationToken cancellationToken) =>
            Task.FromResult(_drafts.GetValueOrDefault((about?.UserId ?? string.Empty, profileId, framework)));

        public Task<SaveResult> SaveAsync(DraftOwner owner, DraftContent content, int expectedVersion, CancellationToken cancellationToken)
        {
            var key = (content.About?.UserId ?? string.Empty, content.ProfileId, content.Framework);
            var existing = _drafts.GetValueOrDefault(key);
            if (existing is null && expectedVersion != 0)
            {
                return Task.FromResult<SaveResult>(new SaveResult.NotFound(expectedVersion));
            }

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

        public Task<int> DeleteAllAsync(DraftOwner owner, CancellationToken cancellationToken)
        {
            var count = _drafts.Count;
            _drafts.Clear();
            return Task.FromResult(count);
        }

        public Task<int> DeleteAboutAsync(DraftOwner owner, string subjectId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<int> PurgeOlderThanAsync(TimeSpan retention, CancellationToken cancellationToken) => throw new NotSupportedException();
    }

    /// <summary>No goals were sent to anyone: the editor's drafts are what these tests are about (sends have their own suite).</summary>
    private sealed class NothingSent : ISentGoalsStore
    {
        public Task<SentGoals> RecordAsync(Guid id, DraftOwner manager, DraftSubject subject, string profileId, string managerName, IReadOnlyList<DraftContent> snapshot, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<SentGoals?> GetAsync(Guid id, CancellationToken cancellationToken) => Task.FromResult<SentGoals?>(null);

        public Task<SentGoals?> FindAsync(DraftOwner manager, string subjectId, string profileId, CancellationToken cancellationToken) => Task.FromResult<SentGoals?>(null);

        public Task<IReadOnlyList<SentGoals>> ListAsync(DraftOwner manager, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<SentGoals>>([]);

        public Task<SentGoals?> AcknowledgeAsync(Guid id, int sends, CancellationToken cancellationToken) => Task.FromResult<SentGoals?>(null);

        public Task<int> DeleteAboutAsync(DraftOwner manager, string subjectId, CancellationToken cancellationToken) => Task.FromResult(0);

        public Task<int> PurgeOlderThanAsync(TimeSpan retention, CancellationToken cancellationToken) => Task.FromResult(0);
    }
}
