using GoalFrames.Conversation.Platforms;
using GoalFrames.Storage.Security;
using GoalFrames.Storage.Sql;

namespace GoalFrames.Storage.Stores;

/// <summary>Installations keyed by workspace; the bot token is encrypted before it reaches the database.</summary>
internal sealed class SqlInstallationStore : IInstallationStore
{
    private readonly StorageDatabase _database;
    private readonly TokenProtector _protector;

    public SqlInstallationStore(StorageDatabase database, TokenProtector protector)
    {
        _database = database;
        _protector = protector;
    }

    public async Task SaveAsync(Installation installation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(installation);
        ArgumentException.ThrowIfNullOrWhiteSpace(installation.WorkspaceId, nameof(installation));
        var encrypted = _protector.Protect(installation.BotToken, installation.WorkspaceId);
        var dialect = _database.Dialect;
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Sql(
            """
            INSERT INTO installations (workspace_id, bot_token_encrypted, bot_user_id, app_id, installed_at, updated_at)
            VALUES (@workspace_id, @bot_token_encrypted, @bot_user_id, @app_id, @installed_at, @now)
            ON CONFLICT (workspace_id) DO UPDATE SET
                bot_token_encrypted = excluded.bot_token_encrypted, bot_user_id = excluded.bot_user_id, app_id = excluded.app_id,
                installed_at = excluded.installed_at, updated_at = excluded.updated_at
            """);
        command.Add("@workspace_id", installation.WorkspaceId);
        command.Add("@bot_token_encrypted", encrypted);
        command.Add("@bot_user_id", installation.BotUserId);
        command.Add("@app_id", installation.AppId);
        command.Add("@installed_at", dialect.Timestamp(installation.InstalledAt));
        command.Add("@now", dialect.Timestamp(_database.Now));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<Installation?> GetAsync(string workspaceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workspaceId);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Sql(
            "SELECT workspace_id, bot_token_encrypted, bot_user_id, app_id, installed_at FROM installations WHERE workspace_id = @workspace_id");
        command.Add("@workspace_id", workspaceId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var id = reader.GetString(0);
        return new Installation(id, _protector.Unprotect(reader.GetString(1), id), reader.GetString(2), reader.GetString(3), _database.Dialect.ReadTimestamp(reader, 4));
    }

    public async Task<bool> DeleteAsync(string workspaceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workspaceId);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Sql("DELETE FROM installations WHERE workspace_id = @workspace_id");
        command.Add("@workspace_id", workspaceId);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }
}
