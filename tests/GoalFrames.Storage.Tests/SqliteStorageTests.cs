using GoalFrames.Storage.Sql;
using GoalFrames.Testing;

namespace GoalFrames.Storage.Tests;

/// <summary>The storage contract on a SQLite file, plus what only SQLite has: WAL and the busy timeout.</summary>
public sealed class SqliteStorageTests : StorageContractTests
{
    [Fact]
    public async Task Open_File_IsInWalModeWithABusyTimeout()
    {
        await using var connection = await Database.OpenAsync(Cancel);
        await using var mode = connection.Sql("PRAGMA journal_mode");
        await using var timeout = connection.Sql("PRAGMA busy_timeout");

        Assert.Equal("wal", (string?)await mode.ExecuteScalarAsync(Cancel));
        Assert.Equal((long)SqliteDialect.BusyTimeoutMilliseconds, (long)(await timeout.ExecuteScalarAsync(Cancel))!);
    }

    [Fact]
    public async Task Open_DataFolderMissing_IsCreatedWithTheFile()
    {
        await SaveNewAsync(Samples.Alice, Samples.Content(Engine.FrameKind.Smart));

        Assert.True(File.Exists(((SqliteBackend)Backend).File));
    }

    private protected override Task<StorageBackend> CreateBackendAsync() => Task.FromResult<StorageBackend>(new SqliteBackend());
}
