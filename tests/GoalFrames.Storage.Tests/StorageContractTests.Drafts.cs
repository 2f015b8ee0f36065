using GoalFrames.Engine;
using GoalFrames.Engine.Drafts;
using GoalFrames.Testing;

namespace GoalFrames.Storage.Tests;

public abstract partial class StorageContractTests
{
    [Fact]
    public async Task SaveAsync_NewDraft_RoundTripsEveryField()
    {
        var item = Samples.FirstItem(FrameKind.Smart);
        var content = Samples.Content(FrameKind.Smart, (item, "baseline", "2 \"late\" CRO reviews; DROP TABLE drafts;--"), (item, "target", "⟨4⟩ réunions — ✓ 🎯"), (item, "date", "2027-06-30"));

        var saved = await SaveNewAsync(Samples.Alice, content);
        var read = await Drafts.GetAsync(Samples.Alice, null, Samples.ProfileId, FrameKind.Smart, Cancel);

        Assert.NotNull(read);
        Assert.Equal(saved.Id, read.Id);
        Assert.Equal(Samples.Alice, read.Owner);
        Assert.Equal(1, read.Version);
        Assert.Equal(Start, read.CreatedAt);
        Assert.Equal(Start, read.UpdatedAt);
        AssertSameContent(content, read.Content);
        Assert.Equal(3, read.Content.Values.Count);
        Assert.Equal(content.Rows.Count, read.Content.Rows.Count);
    }

    [Fact]
    public async Task SaveAsync_ExpectedVersion_IncrementsVersionKeepsIdAndCreatedAt()
    {
        var item = Samples.FirstItem(FrameKind.Okr);
        var first = await SaveNewAsync(Samples.Alice, Samples.Content(FrameKind.Okr));
        Time.Advance(TimeSpan.FromHours(3));

        var result = await Drafts.SaveAsync(Samples.Alice, Samples.Content(FrameKind.Okr, (item, "kr1.target", "95%")), 1, Cancel);

        var saved = Assert.IsType<SaveResult.Saved>(result).Draft;
        Assert.Equal(2, saved.Version);
        var read = (await Drafts.GetAsync(Samples.Alice, null, Samples.ProfileId, FrameKind.Okr, Cancel))!;
        Assert.Equal((first.Id, 2, Start, Start.AddHours(3)), (read.Id, read.Version, read.CreatedAt, read.UpdatedAt));
        Assert.Equal(new DraftValue(item, "kr1.target", "95%"), Assert.Single(read.Content.Values));
    }

    [Fact]
    public async Task GetAsync_OtherFrameworkOrProfile_IsNull()
    {
        await SaveNewAsync(Samples.Alice, Samples.Content(FrameKind.Smart));

        Assert.Null(await Drafts.GetAsync(Samples.Alice, null, Samples.ProfileId, FrameKind.Mbo, Cancel));
        Assert.Null(await Drafts.GetAsync(Samples.Alice, null, "AGILE1.GEN.P1", FrameKind.Smart, Cancel));
    }

    [Fact]
    public async Task ListAsync_Drafts_InCreationOrderWithCompleteness()
    {
        var smart = Samples.FirstItem(FrameKind.Smart);
        var mbo = Samples.FirstItem(FrameKind.Mbo);
        await SaveNewAsync(Samples.Alice, Samples.Content(FrameKind.Smart, (smart, "target", "4"), (smart, "date", "2027-06-30")));
        Time.Advance(TimeSpan.FromMinutes(1));
        await SaveNewAsync(Samples.Alice, Samples.Content(FrameKind.Mbo));
        Time.Advance(TimeSpan.FromMinutes(1));
        await Drafts.SaveAsync(Samples.Alice, Samples.Content(FrameKind.Mbo, (mbo, "target", "4 reviews"), (mbo, "date", "Q2")), 1, Cancel);
        Time.Advance(TimeSpan.FromMinutes(1));
        await Drafts.SaveAsync(Samples.Alice, Samples.Content(FrameKind.Smart, (smart, "target", "5")), 1, Cancel);

        var list = await Drafts.ListAsync(Samples.Alice, Cancel);

        Assert.Equal([FrameKind.Smart, FrameKind.Mbo], list.Select(d => d.Framework));
        var smartRows = Samples.Content(FrameKind.Smart).Rows.Count;
        var mboRows = Samples.Content(FrameKind.Mbo).Rows.Count;
        Assert.Equal(new DraftCompleteness(1, smartRows * 3), list[0].Completeness);
        Assert.Equal(new DraftCompleteness(2, mboRows * 2), list[1].Completeness);
        Assert.Equal((2, Start.AddMinutes(3)), (list[0].Version, list[0].UpdatedAt));
        Assert.All(list, d => Assert.Equal(Samples.ProfileId, d.ProfileId));
    }

    [Fact]
    public async Task DeleteAsync_One_LeavesTheOthers()
    {
        var smart = await SaveNewAsync(Samples.Alice, Samples.Content(FrameKind.Smart));
        await SaveNewAsync(Samples.Alice, Samples.Content(FrameKind.Okr));

        Assert.True(await Drafts.DeleteAsync(Samples.Alice, smart.Id, Cancel));
        Assert.False(await Drafts.DeleteAsync(Samples.Alice, smart.Id, Cancel));

        Assert.Null(await Drafts.GetAsync(Samples.Alice, null, Samples.ProfileId, FrameKind.Smart, Cancel));
        Assert.Equal(FrameKind.Okr, Assert.Single(await Drafts.ListAsync(Samples.Alice, Cancel)).Framework);
    }

    [Fact]
    public async Task DeleteAllAsync_Owner_DeletesAllOfTheirsAndNothingElse()
    {
        await SaveNewAsync(Samples.Alice, Samples.Content(FrameKind.Smart));
        await SaveNewAsync(Samples.Alice, Samples.Content(FrameKind.Okr));
        await SaveNewAsync(Samples.Bob, Samples.Content(FrameKind.Smart));

        Assert.Equal(2, await Drafts.DeleteAllAsync(Samples.Alice, Cancel));

        Assert.Empty(await Drafts.ListAsync(Samples.Alice, Cancel));
        Assert.Single(await Drafts.ListAsync(Samples.Bob, Cancel));
        Assert.Equal(0, await Drafts.DeleteAllAsync(Samples.Alice, Cancel));
    }

    [Fact]
    public async Task SaveAsync_DeletedMeanwhile_IsNotFoundAndWritesNothing()
    {
        var draft = await SaveNewAsync(Samples.Alice, Samples.Content(FrameKind.Smart));
        await Drafts.DeleteAsync(Samples.Alice, draft.Id, Cancel);

        var result = await Drafts.SaveAsync(Samples.Alice, Samples.Content(FrameKind.Smart), 1, Cancel);

        Assert.Equal(new SaveResult.NotFound(1), result);
        Assert.Null(await Drafts.GetAsync(Samples.Alice, null, Samples.ProfileId, FrameKind.Smart, Cancel));
    }

    [Fact]
    public async Task PurgeOlderThanAsync_PastRetention_DeletesOnlyDraftsNotSavedSince()
    {
        await SaveNewAsync(Samples.Alice, Samples.Content(FrameKind.Smart));
        await SaveNewAsync(Samples.Bob, Samples.Content(FrameKind.Smart));
        await SaveNewAsync(Samples.Alice, Samples.Content(FrameKind.Okr));
        Time.Advance(TimeSpan.FromDays(20));
        await Drafts.SaveAsync(Samples.Alice, Samples.Content(FrameKind.Okr), 1, Cancel);
        await SaveNewAsync(Samples.Alice, Samples.Content(FrameKind.Mbo));
        Time.Advance(TimeSpan.FromDays(15));

        Assert.Equal(0, await Drafts.PurgeOlderThanAsync(TimeSpan.FromDays(40), Cancel));
        var purged = await Drafts.PurgeOlderThanAsync(TimeSpan.FromDays(30), Cancel);

        Assert.Equal(2, purged);
        Assert.Equal([FrameKind.Okr, FrameKind.Mbo], (await Drafts.ListAsync(Samples.Alice, Cancel)).Select(d => d.Framework));
        Assert.Empty(await Drafts.ListAsync(Samples.Bob, Cancel));
    }
}
