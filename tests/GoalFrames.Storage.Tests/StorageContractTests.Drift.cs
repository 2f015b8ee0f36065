using GoalFrames.Canon;
using GoalFrames.Engine;
using GoalFrames.Engine.Drafts;
using GoalFrames.Testing;

namespace GoalFrames.Storage.Tests;

public abstract partial class StorageContractTests
{
    [Fact]
    public async Task DraftDrift_SavedDraftAgainstAnEditedCanon_ReportsUnchangedChangedRemoved()
    {
        using var before = new TempCanon(DriftCanons.Before);
        using var after = new TempCanon(DriftCanons.After);
        var canonBefore = CanonLoader.LoadOrThrow(before.Dir);
        var canonAfter = CanonLoader.LoadOrThrow(after.Dir);
        var content = Samples.Content(canonBefore, Samples.ProfileId, FrameKind.Smart, ("smart/hiring", "target", "3 directors"));
        await SaveNewAsync(Samples.Alice, content);

        var stored = (await Drafts.GetAsync(Samples.Alice, null, Samples.ProfileId, FrameKind.Smart, Cancel))!;
        var report = DraftDrift.Check(stored, canonAfter);

        Assert.True(report.IsSuperseded);
        Assert.Collection(
            report.Rows,
            r => Assert.Equal("Serves as department head", Assert.IsType<RowDrift.Unchanged>(r).Row.Text),
            r =>
            {
                var changed = Assert.IsType<RowDrift.Changed>(r);
                Assert.Equal(("Owns the department budget", "Owns the department budget and forecast"), (changed.Row.Text, changed.CurrentText));
            },
            r => Assert.Equal("Hires the leadership team", Assert.IsType<RowDrift.Removed>(r).Row.Text));
        Assert.Equal("3 directors", Assert.Single(stored.Content.Values).Value);
        Assert.False(DraftDrift.Check(stored, canonBefore).IsSuperseded);
    }
}
