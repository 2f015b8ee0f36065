using GoalFrames.Storage.Sql;
using Microsoft.Data.Sqlite;

namespace GoalFrames.Storage.Tests;

/// <summary>A real SQLite file in a folder of its own under the temp directory.</summary>
internal sealed class SqliteBackend : StorageBackend
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "goalframes-storage-" + Guid.NewGuid().ToString("N"));

    public string File => Path.Combine(_directory, "data", "goalframes.db");

    public override string ConnectionString => new SqliteConnectionStringBuilder { DataSource = File }.ToString();

    public override SqlDialect Dialect { get; } = new SqliteDialect();

    protected override ValueTask DeleteAsync()
    {
        using (var connection = new SqliteConnection(ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }

        return ValueTask.CompletedTask;
    }
}
