using System.Collections.Concurrent;
using GoalFrames.Engine.Drafts;

namespace GoalFrames.Teams.State;

/// <summary>Conversation references kept in this process, used when the host registers no shared store.</summary>
internal sealed class InMemoryConversationReferenceStore : IConversationReferenceStore
{
    private readonly ConcurrentDictionary<string, ConversationReference> _references = new(StringComparer.Ordinal);

    public Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        _references[reference.ConversationId] = reference;
        return Task.CompletedTask;
    }

    public Task<ConversationReference?> GetAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(_references.GetValueOrDefault(conversationId));

    public Task<bool> DeleteAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(_references.TryRemove(conversationId, out _));
}
