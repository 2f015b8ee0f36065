using GoalFrames.Engine;
using GoalFrames.Storage.Stores;
using GoalFrames.Testing;

namespace GoalFrames.Storage.Tests;

/// <summary>An uninstall takes what belongs to the installation: a workspace's people-scoped rows, or one person's.</summary>
public abstract partial class StorageContractTests
{
    [Fact]
    public async Task ForgetWorkspace_DeletesItsDraftsAndSends_AndNothingOfAnotherWorkspaceOrPlatform()
    {
        await Database.MigrateAsync(Cancel);
        var data = new SqlInstallationData(Database);
        await SaveNewAsync(Samples.Alice, Samples.Content(FrameKind.Smart) with { About = Report });
        await SaveNewAsync(Samples.Bob, Samples.Content(FrameKind.Smart));
        await SaveNewAsync(Samples.AliceInAnotherWorkspace, Samples.Content(FrameKind.Smart));
        await SaveNewAsync(Samples.AliceOnTeams, Samples.Content(FrameKind.Smart));
        await Sent.RecordAsync(Guid.NewGuid(), Samples.Alice, Report, Samples.ProfileId, "Alice", [Samples.Content(FrameKind.Smart)], Cancel);

        Assert.Equal(3, await data.ForgetWorkspaceAsync("slack", Samples.Alice.Workspace, Cancel));

        Assert.Empty(await Drafts.ListAsync(Samples.Alice, Cancel));
        Assert.Empty(await Drafts.ListAsync(Samples.Bob, Cancel));
        Assert.Empty(await Sent.ListAsync(Samples.Alice, Cancel));
        Assert.Single(await Drafts.ListAsync(Samples.AliceInAnotherWorkspace, Cancel));
        Assert.Single(await Drafts.ListAsync(Samples.AliceOnTeams, Cancel));
    }

    [Fact]
    public async Task ForgetOwner_DeletesOnlyThatPersonsRows()
    {
        await Database.MigrateAsync(Cancel);
        var data = new SqlInstallationData(Database);
        await SaveNewAsync(Samples.AliceOnTeams, Samples.Content(FrameKind.Smart));
        await SaveNewAsync(Samples.AliceOnTeams, Samples.Content(FrameKind.Okr) with { About = Report });
        await SaveNewAsync(Samples.Alice, Samples.Content(FrameKind.Smart));

        Assert.Equal(2, await data.ForgetOwnerAsync(Samples.AliceOnTeams, Cancel));

        Assert.Empty(await Drafts.ListAsync(Samples.AliceOnTeams, Cancel));
        Assert.Single(await Drafts.ListAsync(Samples.Alice, Cancel));
    }
}
