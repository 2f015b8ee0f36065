namespace GoalFrames.Conversation.Platforms;

/// <summary>Finds stored conversation references in which the bot can ask the platform about a person.</summary>
public interface IConversationReferenceSearch
{
    /// <summary>
    /// Conversations of a tenant where the person may be a member, most likely first: those the person spoke in, then
    /// group chats and channels, newest first.
    /// </summary>
    /// <param name="tenantId">The tenant (workspace).</param>
    /// <param name="userId">The person's user id (Entra object id or <c>29:</c> id).</param>
    /// <param name="max">How many at most.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<IReadOnlyList<ConversationReference>> ForPersonAsync(string tenantId, string userId, int max, CancellationToken cancellationToken);
}
