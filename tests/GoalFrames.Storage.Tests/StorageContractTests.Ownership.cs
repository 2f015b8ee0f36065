using GoalFrames.Engine;
using GoalFrames.Engine.Drafts;
using GoalFrames.Testing;

namespace GoalFrames.Storage.Tests;

public abstract partial class StorageContractTests
{
    public static TheoryData<string> Strangers() => [nameof(Samples.Bob), nameof(Samples.AliceInAnotherWorkspace), nameof(Samples.AliceOnTeams)];

    [Theory]
    [MemberData(nameof(Strangers))]
    public async Task Drafts_AnotherOwner_CanNeitherReadListOverwriteNorDelete(string strangerName)
    {
        var stranger = strangerName switch
        {
            nameof(Samples.Bob) => Samples.Bob,
            nameof(Samples.AliceInAnotherWorkspace) => Samples.AliceInAnotherWorkspace,
            _ => Samples.AliceOnTeams,
        };
        var item = Samples.FirstItem(FrameKind.Smart);
        var alices = await SaveNewAsync(Samples.Alice, Samples.Content(FrameKind.Smart, (item, "target", "Alice's")));

        Assert.Null(await Drafts.GetAsync(stranger, null, Samples.ProfileId, FrameKind.Smart, Cancel));
        Assert.Empty(await Drafts.ListAsync(stranger, Cancel));
        Assert.Equal(new SaveResult.NotFound(1), await Drafts.SaveAsync(stranger, Samples.Content(FrameKind.Smart, (item, "target", "stranger's")), 1, Cancel));
        Assert.False(await Drafts.DeleteAsync(stranger, alices.Id, Cancel));
        Assert.Equal(0, await Drafts.DeleteAllAsync(stranger, Cancel));

        // The stranger's own first save makes a draft of their own beside Alice's.
        var theirs = Assert.IsType<SaveResult.Saved>(await Drafts.SaveAsync(stranger, Samples.Content(FrameKind.Smart, (item, "target", "stranger's")), 0, Cancel)).Draft;
        Assert.NotEqual(alices.Id, theirs.Id);
        Assert.Equal(stranger, theirs.Owner);

        var alicesNow = (await Drafts.GetAsync(Samples.Alice, null, Samples.ProfileId, FrameKind.Smart, Cancel))!;
        Assert.Equal((alices.Id, 1, "Alice's"), (alicesNow.Id, alicesNow.Version, Assert.Single(alicesNow.Content.Values).Value));
        Assert.Equal(Samples.Alice, alicesNow.Owner);
        Assert.Single(await Drafts.ListAsync(Samples.Alice, Cancel));
    }
}
