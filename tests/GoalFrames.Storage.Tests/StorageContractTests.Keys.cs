namespace GoalFrames.Storage.Tests;

public abstract partial class StorageContractTests
{
    [Fact]
    public async Task TryMarkAsync_SameKey_IsFirstOnlyOnce()
    {
        Assert.True(await Dedupe.TryMarkAsync("slack:Ev0001", TimeSpan.FromHours(1), Cancel));
        Assert.False(await Dedupe.TryMarkAsync("slack:Ev0001", TimeSpan.FromHours(1), Cancel));
        Assert.False(await new Stores.SqlDedupeStore(Backend.Open(Time)).TryMarkAsync("slack:Ev0001", TimeSpan.FromHours(1), Cancel));
        Assert.True(await Dedupe.TryMarkAsync("slack:Ev0002", TimeSpan.FromHours(1), Cancel));
    }

    [Fact]
    public async Task TryMarkAsync_AfterExpiry_CountsAsNewAgain()
    {
        Assert.True(await Dedupe.TryMarkAsync("teams:a1", TimeSpan.FromMinutes(10), Cancel));

        Time.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromMilliseconds(1));
        Assert.False(await Dedupe.TryMarkAsync("teams:a1", TimeSpan.FromMinutes(10), Cancel));

        Time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(await Dedupe.TryMarkAsync("teams:a1", TimeSpan.FromMinutes(10), Cancel));
        Assert.False(await Dedupe.TryMarkAsync("teams:a1", TimeSpan.FromMinutes(10), Cancel));
    }

    [Fact]
    public async Task PurgeExpiredAsync_DeletesOnlyExpiredKeys()
    {
        await Dedupe.TryMarkAsync("short", TimeSpan.FromMinutes(1), Cancel);
        await Dedupe.TryMarkAsync("long", TimeSpan.FromMinutes(30), Cancel);
        Time.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(1, await Dedupe.PurgeExpiredAsync(Cancel));

        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM dedupe_keys"));
        Assert.False(await Dedupe.TryMarkAsync("long", TimeSpan.FromMinutes(30), Cancel));
        Assert.Equal(0, await Dedupe.PurgeExpiredAsync(Cancel));
    }

    [Fact]
    public async Task TryMarkAsync_ConcurrentMarksOfOneKey_ExactlyOneIsFirst()
    {
        var stores = Enumerable.Range(0, Writers).Select(_ => new Stores.SqlDedupeStore(Backend.Open(Time))).ToList();
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var marks = stores.Select(store => Task.Run(
            async () =>
            {
                await go.Task;
                return await store.TryMarkAsync("slack:retried-event", TimeSpan.FromHours(1), Cancel);
            },
            Cancel)).ToList();
        go.SetResult();

        var firsts = await Task.WhenAll(marks);

        Assert.Equal(1, firsts.Count(f => f));
    }
}
