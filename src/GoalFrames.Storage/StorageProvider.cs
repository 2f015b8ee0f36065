namespace GoalFrames.Storage;

/// <summary>The database behind the stores.</summary>
internal enum StorageProvider
{
    /// <summary>A SQLite file: the embedded default for one instance.</summary>
    Sqlite,

    /// <summary>PostgreSQL: for many instances behind a load balancer.</summary>
    Postgres,
}
