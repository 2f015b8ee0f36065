using GoalFrames.Storage.Security;
using GoalFrames.Storage.Sql;
using GoalFrames.Storage.Stores;

namespace GoalFrames.Storage.Tests;

/// <summary>One empty database of one provider, owned by one test; deleted when the test ends.</summary>
internal abstract class StorageBackend : IAsyncDisposable
{
    private readonly List<StorageDatabase> _opened = [];

    public abstract string ConnectionString { get; }

    public abstract SqlDialect Dialect { get; }

    /// <summary>A new instance on this database, as a second host process would open it.</summary>
    public StorageDatabase Open(TimeProvider time)
    {
        var database = new StorageDatabase(Dialect, ConnectionString, time);
        _opened.Add(database);
        return database;
    }

    public static SqlDraftStore Drafts(StorageDatabase database) => new(database);

    public static SqlInstallationStore Installations(StorageDatabase database, byte[]? key) => new(database, new TokenProtector(key));

    public async ValueTask DisposeAsync()
    {
        foreach (var database in _opened)
        {
            await database.DisposeAsync();
        }

        await DeleteAsync();
    }

    protected abstract ValueTask DeleteAsync();
}
