namespace GoalFrames.Conversation.Platforms;

/// <summary>Keeps conversation references by conversation id, so the bot can write into a conversation later.</summary>
public interface IConversationReferenceStore
{
    /// <summary>Adds the reference, or replaces the one with the same conversation id.</summary>
    /// <param name="reference">The reference.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken);

    /// <summary>The reference of a conversation, or null.</summary>
    /// <param name="conversationId">The conversation id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<ConversationReference?> GetAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Forgets a conversation (the bot was removed from it).</summary>
    /// <param name="conversationId">The conversation id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>True when there was one.</returns>
    Task<bool> DeleteAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>The tenant's conversations, most recently used first (at most 200): where a proactive message can start from.</summary>
    /// <param name="tenantId">The tenant id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<ConversationReference>> ListInTenantAsync(string tenantId, CancellationToken cancellationToken);
}
