using GoalFrames.Engine;
using GoalFrames.Engine.Drafts;
using GoalFrames.Testing;

namespace GoalFrames.Storage.Tests;

public abstract partial class StorageContractTests
{
    private const int Writers = 8;

    [Fact]
    public async Task SaveAsync_TwoSavesOfTheSameVersion_OneWinsTheOtherGetsTheLatest()
    {
        var item = Samples.FirstItem(FrameKind.Smart);
        await SaveNewAsync(Samples.Alice, Samples.Content(FrameKind.Smart));

        var first = await Drafts.SaveAsync(Samples.Alice, Samples.Content(FrameKind.Smart, (item, "target", "from Slack")), 1, Cancel);
        var second = await Drafts.SaveAsync(Samples.Alice, Samples.Content(FrameKind.Smart, (item, "target", "from Teams")), 1, Cancel);

        Assert.Equal(2, Assert.IsType<SaveResult.Saved>(first).Draft.Version);
        var latest = Assert.IsType<SaveResult.Conflict>(second).Latest;
        Assert.Equal(2, latest.Version);
        Assert.Equal("from Slack", Assert.Single(latest.Content.Values).Value);
        var stored = (await Drafts.GetAsync(Samples.Alice, null, Samples.ProfileId, FrameKind.Smart, Cancel))!;
        Assert.Equal((2, "from Slack"), (stored.Version, Assert.Single(stored.Content.Values).Value));
    }

    [Fact]
    public async Task SaveAsync_TwoFirstSaves_TheSecondGetsTheFirst()
    {
        var item = Samples.FirstItem(FrameKind.Smart);
        var first = await Drafts.SaveAsync(Samples.Alice, Samples.Content(FrameKind.Smart, (item, "date", "June")), 0, Cancel);

        var second = await Drafts.SaveAsync(Samples.Alice, Samples.Content(FrameKind.Smart, (item, "date", "July")), 0, Cancel);

        var winner = Assert.IsType<SaveResult.Saved>(first).Draft;
        var latest = Assert.IsType<SaveResult.Conflict>(second).Latest;
        Assert.Equal((winner.Id, 1, "June"), (latest.Id, latest.Version, Assert.Single(latest.Content.Values).Value));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task SaveAsync_ConcurrentSavesOfTheSameVersion_ExactlyOneWins(int expectedVersion)
    {
        var item = Samples.FirstItem(FrameKind.Smart);
        if (expectedVersion == 1)
        {
            await SaveNewAsync(Samples.Alice, Samples.Content(FrameKind.Smart));
        }

        // Each writer has its own store instance on its own connection, as separate requests (or hosts) would.
        var instances = Enumerable.Range(0, Writers).Select(_ => StorageBackend.Drafts(Backend.Open(Time))).ToList();
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var saves = instances.Select((store, i) => Task.Run(
            async () =>
            {
                await go.Task;
                return (Writer: i, Result: await store.SaveAsync(Samples.Alice, Samples.Content(FrameKind.Smart, (item, "target", $"writer {i}")), expectedVersion, Cancel));
            },
            Cancel)).ToList();
        go.SetResult();
        var results = await Task.WhenAll(saves);

        var winners = results.Where(r => r.Result is SaveResult.Saved).ToList();
        var winner = Assert.Single(winners);
        var losers = results.Select(r => r.Result).OfType<SaveResult.Conflict>().ToList();
        Assert.Equal(Writers - 1, losers.Count);
        Assert.All(losers, l => Assert.True(l.Latest.Version > expectedVersion));
        var stored = (await Drafts.GetAsync(Samples.Alice, null, Samples.ProfileId, FrameKind.Smart, Cancel))!;
        Assert.Equal(expectedVersion + 1, stored.Version);
        Assert.Equal($"writer {winner.Writer}", Assert.Single(stored.Content.Values).Value);
    }

    [Fact]
    public async Task SaveAsync_ConcurrentWritersThatRetryOnConflict_LoseNoSave()
    {
        const int SavesPerWriter = 5;
        await SaveNewAsync(Samples.Alice, Samples.Content(FrameKind.Smart));
        var instances = Enumerable.Range(0, 4).Select(_ => StorageBackend.Drafts(Backend.Open(Time))).ToList();

        // Each writer adds its own values one at a time, re-reading the latest draft whenever it loses: none may be lost.
        var writers = instances.Select((store, w) => Task.Run(
            async () =>
            {
                for (var n = 0; n < SavesPerWriter; n++)
                {
                    var current = (await store.GetAsync(Samples.Alice, null, Samples.ProfileId, FrameKind.Smart, Cancel))!;
                    while (true)
                    {
                        var values = current.Content.Values.Append(new DraftValue($"w{w}", $"n{n}", "x")).ToList();
                        var result = await store.SaveAsync(Samples.Alice, current.Content with { Values = values }, current.Version, Cancel);
                        if (result is SaveResult.Conflict conflict)
                        {
                            current = conflict.Latest;
                            continue;
                        }

                        Assert.IsType<SaveResult.Saved>(result);
                        break;
                    }
                }
            },
            Cancel)).ToList();
        await Task.WhenAll(writers);

        var stored = (await Drafts.GetAsync(Samples.Alice, null, Samples.ProfileId, FrameKind.Smart, Cancel))!;
        Assert.Equal(1 + (instances.Count * SavesPerWriter), stored.Version);
        Assert.Equal(instances.Count * SavesPerWriter, stored.Content.Values.Count);
    }
}
