namespace GoalFrames.Storage.Tests;

/// <summary>
/// The storage contract on PostgreSQL (<c>GOALFRAMES_TEST_POSTGRES</c>). Skipped with a message when the variable is
/// not set, failed instead under <c>CI=true</c>.
/// </summary>
public sealed class PostgresStorageTests(PostgresServer server) : StorageContractTests
{
    private protected override async Task<StorageBackend> CreateBackendAsync() => await PostgresBackend.CreateAsync(server);
}
