using GoalFrames.Engine;
using GoalFrames.Engine.Drafts;
using GoalFrames.Storage.Stores;
using GoalFrames.Testing;

namespace GoalFrames.Storage.Tests;

/// <summary>Goals sent to a person: one snapshot per manager, person and profile; sending again is an update the old copy cannot acknowledge.</summary>
public abstract partial class StorageContractTests
{
    private static readonly DraftSubject Report = new("U0201", "dana");

    private protected ISentGoalsStore Sent => new SqlSentGoalsStore(Database);

    [Fact]
    public async Task Sent_KeepsTheSnapshotAsSent_WithTheManagersNameAndTime()
    {
        await Database.MigrateAsync(Cancel);
        var item = Samples.FirstItem(FrameKind.Smart);
        var snapshot = Samples.Content(FrameKind.Smart, (item, "target", "as sent")) with { About = Report };

        var recorded = await Sent.RecordAsync(Guid.NewGuid(), Samples.Alice, Report, Samples.ProfileId, "Alice A.", [snapshot], Cancel);

        var read = await Sent.GetAsync(recorded.Id, Cancel);
        Assert.NotNull(read);
        Assert.Equal("Alice A.", read.ManagerName);
        Assert.Equal(Samples.Alice, read.Manager);
        Assert.Equal(Report, read.Subject);
        Assert.Equal(1, read.Sends);
        Assert.Equal(Start, read.SentAt);
        Assert.Null(read.AcknowledgedAt);
        var content = Assert.Single(read.Snapshot);
        Assert.Equal("as sent", Assert.Single(content.Values).Value);
        Assert.Equal(snapshot.Rows.Select(r => (r.ItemKey, r.Ref, r.Text, string.Join(",", r.Slots))), content.Rows.Select(r => (r.ItemKey, r.Ref, r.Text, string.Join(",", r.Slots))));
    }

    [Fact]
    public async Task SendingAgain_KeepsTheId_CountsTheSend_AndClearsTheAcknowledgement_WhichOnlyTheNewestCopyCanGive()
    {
        await Database.MigrateAsync(Cancel);
        var first = await Sent.RecordAsync(Guid.NewGuid(), Samples.Alice, Report, Samples.ProfileId, "Alice", [Samples.Content(FrameKind.Smart)], Cancel);
        Assert.NotNull(await Sent.AcknowledgeAsync(first.Id, 1, Cancel));

        Time.Advance(TimeSpan.FromHours(1));
        var second = await Sent.RecordAsync(Guid.NewGuid(), Samples.Alice, Report, Samples.ProfileId, "Alice", [Samples.Content(FrameKind.Okr)], Cancel);

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(2, second.Sends);
        Assert.Null(second.AcknowledgedAt);
        Assert.Equal(Start.AddHours(1), second.SentAt);
        Assert.Null(await Sent.AcknowledgeAsync(first.Id, 1, Cancel));
        var acknowledged = await Sent.AcknowledgeAsync(first.Id, 2, Cancel);
        Assert.Equal(Start.AddHours(1), acknowledged!.AcknowledgedAt);
        Assert.Equal(FrameKind.Okr, Assert.Single(acknowledged.Snapshot).Framework);
    }

    [Fact]
    public async Task Sent_AreListedForTheirManagerOnly_AndForgottenPerPerson()
    {
        await Database.MigrateAsync(Cancel);
        await Sent.RecordAsync(Guid.NewGuid(), Samples.Alice, Report, Samples.ProfileId, "Alice", [Samples.Content(FrameKind.Smart)], Cancel);
        await Sent.RecordAsync(Guid.NewGuid(), Samples.Alice, new DraftSubject("U0202", "eli"), Samples.ProfileId, "Alice", [Samples.Content(FrameKind.Smart)], Cancel);

        Assert.Empty(await Sent.ListAsync(Samples.Bob, Cancel));
        Assert.Equal(0, await Sent.DeleteAboutAsync(Samples.Bob, Report.UserId, Cancel));
        Assert.Equal(1, await Sent.DeleteAboutAsync(Samples.Alice, Report.UserId, Cancel));

        Assert.Equal(["eli"], (await Sent.ListAsync(Samples.Alice, Cancel)).Select(s => s.Subject.Name));
    }

    [Fact]
    public async Task Sent_AreFoundByManagerPersonAndProfile_AndByNoOneElse()
    {
        await Database.MigrateAsync(Cancel);
        var toDana = await Sent.RecordAsync(Guid.NewGuid(), Samples.Alice, Report, Samples.ProfileId, "Alice", [Samples.Content(FrameKind.Smart)], Cancel);
        await Sent.RecordAsync(Guid.NewGuid(), Samples.Alice, new DraftSubject("U0202", "eli"), Samples.ProfileId, "Alice", [Samples.Content(FrameKind.Smart)], Cancel);

        Assert.Equal(toDana.Id, (await Sent.FindAsync(Samples.Alice, Report.UserId, Samples.ProfileId, Cancel))?.Id);
        Assert.Null(await Sent.FindAsync(Samples.Bob, Report.UserId, Samples.ProfileId, Cancel));
        Assert.Null(await Sent.FindAsync(Samples.Alice, Report.UserId, "ANOTHER.PROFILE", Cancel));
        Assert.Null(await Sent.FindAsync(Samples.Alice, "U0203", Samples.ProfileId, Cancel));
    }

    [Fact]
    public async Task Sent_PastRetention_ArePurged()
    {
        await Database.MigrateAsync(Cancel);
        await Sent.RecordAsync(Guid.NewGuid(), Samples.Alice, Report, Samples.ProfileId, "Alice", [Samples.Content(FrameKind.Smart)], Cancel);
        Time.Advance(TimeSpan.FromDays(10));
        await Sent.RecordAsync(Guid.NewGuid(), Samples.Bob, Report, Samples.ProfileId, "Bob", [Samples.Content(FrameKind.Smart)], Cancel);

        Assert.Equal(1, await Sent.PurgeOlderThanAsync(TimeSpan.FromDays(5), Cancel));

        Assert.Empty(await Sent.ListAsync(Samples.Alice, Cancel));
        Assert.Single(await Sent.ListAsync(Samples.Bob, Cancel));
    }
}
