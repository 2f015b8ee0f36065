using Microsoft.Data.Sqlite;

namespace GoalFrames.Host.Tests;

/// <summary>
/// Each host under test gets its own SQLite file in a fresh temp folder unless the test names a store, so tests never
/// share drafts; the folder goes when the host does.
/// </summary>
internal sealed class OwnStore : IDisposable
{
    private readonly string? _folder;
    private readonly string? _connectionString;

    private OwnStore(string? folder)
    {
        _folder = folder;
        _connectionString = folder is null ? null : $"Data Source={Path.Combine(folder, "goalframes.db")}";
    }

    /// <summary>The settings that point the host at this store: none when the test named its own.</summary>
    public IReadOnlyList<string> Settings => _connectionString is null ? [] : ["--Storage:ConnectionString", _connectionString];

    public static OwnStore For(IEnumerable<string> args) =>
        new(args.Any(a => a.StartsWith("--Storage:", StringComparison.Ordinal)) ? null : Directory.CreateTempSubdirectory("goalframes-test-").FullName);

    public void Dispose()
    {
        if (_folder is null)
        {
            return;
        }

        using (var connection = new SqliteConnection(_connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        Directory.Delete(_folder, recursive: true);
    }
}
