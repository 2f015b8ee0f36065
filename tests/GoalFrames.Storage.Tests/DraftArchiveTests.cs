using GoalFrames.Engine;
using GoalFrames.Testing;

namespace GoalFrames.Storage.Tests;

/// <summary><see cref="DraftArchive"/> reads every owner's drafts, on SQLite and PostgreSQL, for <c>goalframes canon diff --store</c>.</summary>
public sealed class DraftArchiveTests(PostgresServer server)
{
    [Fact]
    public async Task ReadAll_Sqlite_ReturnsEveryOwnersDrafts()
    {
        await using var backend = new SqliteBackend();
        await SaveTwoOwnersAsync(backend);

        var all = await DraftArchive.ReadAllAsync("sqlite:" + backend.ConnectionString, TestContext.Current.CancellationToken);

        Assert.Equal(2, all.Count);
        Assert.Contains(all, d => d.Owner == Samples.Alice && d.Content.Framework == FrameKind.Smart);
        Assert.Contains(all, d => d.Owner == Samples.Bob && d.Content.Framework == FrameKind.Okr);
        Assert.All(all, d => Assert.NotEmpty(d.Content.Rows));
    }

    [Fact]
    public async Task ReadAll_Postgres_ReturnsEveryOwnersDrafts()
    {
        await using var backend = await PostgresBackend.CreateAsync(server);
        await SaveTwoOwnersAsync(backend);

        var all = await DraftArchive.ReadAllAsync("postgres:" + backend.ConnectionString, TestContext.Current.CancellationToken);

        Assert.Equal(2, all.Count);
        Assert.Contains(all, d => d.Owner == Samples.Bob && d.Content.Framework == FrameKind.Okr);
    }

    private static async Task SaveTwoOwnersAsync(StorageBackend backend)
    {
        var drafts = StorageBackend.Drafts(backend.Open(TimeProvider.System));
        await drafts.SaveAsync(Samples.Alice, Samples.Content(FrameKind.Smart), 0, TestContext.Current.CancellationToken);
        await drafts.SaveAsync(Samples.Bob, Samples.Content(FrameKind.Okr), 0, TestContext.Current.CancellationToken);
    }
}
