using System.Data.Common;

namespace GoalFrames.Storage.Sql;

/// <summary>
/// One database: its dialect and connection pool. The schema is migrated once, before the first connection is handed
/// out (and at host start by <see cref="StorageMaintenanceService"/>), so no store ever sees an old schema.
/// </summary>
internal sealed class StorageDatabase : IAsyncDisposable, IDisposable
{
    private readonly DbDataSource _dataSource;
    private readonly DbDataSource _serving;
    private readonly SemaphoreSlim _migrationGate = new(1, 1);
    private volatile bool _migrated;

    public StorageDatabase(SqlDialect dialect, string connectionString, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        ArgumentNullException.ThrowIfNull(time);
        Dialect = dialect;
        Time = time;
        _dataSource = dialect.CreateDataSource(connectionString);
        _serving = dialect.CreateServingDataSource(connectionString) ?? _dataSource;
    }

    public SqlDialect Dialect { get; }

    public TimeProvider Time { get; }

    /// <summary>Now, cut to whole milliseconds so every provider stores and returns the same instant.</summary>
    public DateTimeOffset Now
    {
        get
        {
            var now = Time.GetUtcNow();
            return new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
        }
    }

    /// <summary>Applies the pending migrations, once per instance; safe to call from many threads and many processes.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        if (_migrated)
        {
            return;
        }

        await _migrationGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_migrated)
            {
                await Migrator.RunAsync(this, cancellationToken).ConfigureAwait(false);
                _migrated = true;
            }
        }
        finally
        {
            _migrationGate.Release();
        }
    }

    /// <summary>An open connection to a migrated database.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await MigrateAsync(cancellationToken).ConfigureAwait(false);
        Dialect.EnsureStillThere();
        return await OpenAsync(_serving, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>An open connection whatever the schema; for the migrator.</summary>
    public Task<DbConnection> OpenUnmigratedAsync(CancellationToken cancellationToken) => OpenAsync(_dataSource, cancellationToken);

    private async Task<DbConnection> OpenAsync(DbDataSource source, CancellationToken cancellationToken)
    {
        var connection = await source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await Dialect.PrepareAsync(connection, cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _dataSource.DisposeAsync().ConfigureAwait(false);
        if (_serving != _dataSource)
        {
            await _serving.DisposeAsync().ConfigureAwait(false);
        }

        _migrationGate.Dispose();
    }

    public void Dispose()
    {
        _dataSource.Dispose();
        if (_serving != _dataSource)
        {
            _serving.Dispose();
        }

        _migrationGate.Dispose();
    }
}
