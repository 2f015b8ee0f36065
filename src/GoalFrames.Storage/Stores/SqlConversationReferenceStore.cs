using GoalFrames.Conversation.Platforms;
using GoalFrames.Storage.Sql;

namespace GoalFrames.Storage.Stores;

/// <summary>Conversation references keyed by conversation id; a save replaces the previous reference.</summary>
internal sealed class SqlConversationReferenceStore : IConversationReferenceStore, IConversationReferenceSearch
{
    private readonly StorageDatabase _database;

    public SqlConversationReferenceStore(StorageDatabase database)
    {
        _database = database;
    }

    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentException.ThrowIfNullOrWhiteSpace(reference.ConversationId, nameof(reference));
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Sql(
            """
            INSERT INTO conversation_references (conversation_id, service_url, tenant_id, bot_id, user_id, conversation_type, reference_json, updated_at)
            VALUES (@conversation_id, @service_url, @tenant_id, @bot_id, @user_id, @conversation_type, @reference_json, @now)
            ON CONFLICT (conversation_id) DO UPDATE SET
                service_url = excluded.service_url, tenant_id = excluded.tenant_id, bot_id = excluded.bot_id, user_id = excluded.user_id,
                conversation_type = excluded.conversation_type, reference_json = excluded.reference_json, updated_at = excluded.updated_at
            """);
        command.Add("@conversation_id", reference.ConversationId);
        command.Add("@service_url", reference.ServiceUrl);
        command.Add("@tenant_id", reference.TenantId);
        command.Add("@bot_id", reference.BotId);
        command.Add("@user_id", reference.UserId);
        command.Add("@conversation_type", reference.ConversationType);
        command.Add("@reference_json", reference.Json);
        command.Add("@now", _database.Dialect.Timestamp(_database.Now));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<ConversationReference?> GetAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Sql(
            "SELECT conversation_id, service_url, tenant_id, bot_id, user_id, conversation_type, reference_json FROM conversation_references WHERE conversation_id = @conversation_id");
        command.Add("@conversation_id", conversationId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new ConversationReference(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetString(6))
            : null;
    }

    public async Task<IReadOnlyList<ConversationReference>> ListInTenantAsync(string tenantId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenantId);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Sql(
            "SELECT conversation_id, service_url, tenant_id, bot_id, user_id, conversation_type, reference_json FROM conversation_references WHERE tenant_id = @tenant_id ORDER BY updated_at DESC LIMIT 200");
        command.Add("@tenant_id", tenantId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var references = new List<ConversationReference>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            references.Add(new ConversationReference(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetString(6)));
        }

        return references;
    }

    public async Task<IReadOnlyList<ConversationReference>> ForPersonAsync(string tenantId, string userId, int max, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Sql(
            """
            SELECT conversation_id, service_url, tenant_id, bot_id, user_id, conversation_type, reference_json FROM conversation_references
            WHERE tenant_id = @tenant_id AND (user_id = @user_id OR conversation_type <> 'personal')
            ORDER BY CASE WHEN user_id = @user_id THEN 0 ELSE 1 END, updated_at DESC
            """);
        command.Add("@tenant_id", tenantId);
        command.Add("@user_id", userId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var found = new List<ConversationReference>();
        while (found.Count < max && await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            found.Add(new ConversationReference(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetString(6)));
        }

        return found;
    }

    public async Task<bool> DeleteAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Sql("DELETE FROM conversation_references WHERE conversation_id = @conversation_id");
        command.Add("@conversation_id", conversationId);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }
}
