using GoalFrames.Conversation.Platforms;
using GoalFrames.Engine.Drafts;
using GoalFrames.Storage.Sql;
using GoalFrames.Storage.Stores;
using Microsoft.Extensions.Time.Testing;
using GoalFrames.Testing;

namespace GoalFrames.Storage.Tests;

/// <summary>
/// The storage contract: every test here runs against SQLite (<see cref="SqliteStorageTests"/>) and PostgreSQL
/// (<see cref="PostgresStorageTests"/>), each on an empty database of its own.
/// </summary>
public abstract partial class StorageContractTests : IAsyncLifetime
{
    protected static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private StorageBackend? _backend;
    private StorageDatabase? _database;

    protected FakeTimeProvider Time { get; } = new(Start);

    private protected StorageBackend Backend => _backend ?? throw new InvalidOperationException("not initialized");

    private protected StorageDatabase Database => _database ?? throw new InvalidOperationException("not initialized");

    private protected IDraftStore Drafts => StorageBackend.Drafts(Database);

    private protected IDedupeStore Dedupe => new SqlDedupeStore(Database);

    private protected IConversationReferenceStore References => new SqlConversationReferenceStore(Database);

    private protected IInstallationStore Installations => StorageBackend.Installations(Database, Samples.TokenKey);

    private protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _backend = await CreateBackendAsync();
        _database = _backend.Open(Time);
    }

    public async ValueTask DisposeAsync()
    {
        if (_backend is not null)
        {
            await _backend.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    private protected abstract Task<StorageBackend> CreateBackendAsync();

    private protected async Task<Draft> SaveNewAsync(DraftOwner owner, DraftContent content) =>
        Assert.IsType<SaveResult.Saved>(await Drafts.SaveAsync(owner, content, 0, Cancel)).Draft;

    private protected async Task<long> CountAsync(string sql, StorageDatabase? database = null)
    {
        await using var connection = await (database ?? Database).OpenAsync(Cancel);
        await using var command = connection.Sql(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(Cancel), System.Globalization.CultureInfo.InvariantCulture);
    }

    private protected static void AssertSameContent(DraftContent expected, DraftContent actual)
    {
        Assert.Equal(expected.ProfileId, actual.ProfileId);
        Assert.Equal(expected.Framework, actual.Framework);
        Assert.Equal(expected.CanonVersion, actual.CanonVersion);
        Assert.Equal(expected.CanonFingerprint, actual.CanonFingerprint);
        Assert.Equal(
            expected.Rows.Select(r => (r.ItemKey, r.Ref, r.Text, string.Join(",", r.Slots))),
            actual.Rows.Select(r => (r.ItemKey, r.Ref, r.Text, string.Join(",", r.Slots))));
        Assert.Equal(expected.Values, actual.Values);
    }
}
