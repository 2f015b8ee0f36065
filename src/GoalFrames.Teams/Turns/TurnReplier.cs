using GoalFrames.Conversation.Platforms;
using GoalFrames.Teams.Activities;
using GoalFrames.Teams.Outbound;
using Microsoft.Extensions.Logging;

namespace GoalFrames.Teams.Turns;

/// <summary>
/// Sends the bot's answers into the conversation of an incoming activity, through the connector at its service URL.
/// When the connector says the bot may no longer write there (403) or the conversation is gone (404), its reference is forgotten.
/// </summary>
internal sealed class TurnReplier(ConnectorClient connector, IConversationReferenceStore references, ILogger<TurnReplier> logger)
{
    /// <summary>Replies to <paramref name="incoming"/> (in a channel, in its thread), one activity after the other.</summary>
    public async Task ReplyAsync(Activity incoming, IEnumerable<Activity> outgoing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        foreach (var activity in outgoing)
        {
            var addressed = TeamsReplies.AddressedTo(activity, incoming);
            var sent = await TryAsync(incoming, ct => string.IsNullOrEmpty(incoming.Id)
                ? connector.SendAsync(incoming.ServiceUrl!, incoming.Conversation!.Id!, addressed, ct)
                : connector.ReplyAsync(incoming.ServiceUrl!, incoming.Conversation!.Id!, incoming.Id, addressed, ct), cancellationToken).ConfigureAwait(false);
            if (!sent)
            {
                return;
            }
        }
    }

    /// <summary>Replaces the bot's activity <paramref name="activityId"/> (a card, after an action) in the conversation of <paramref name="incoming"/>.</summary>
    public Task<bool> UpdateAsync(Activity incoming, string activityId, Activity replacement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        var addressed = TeamsReplies.AddressedTo(replacement, incoming) with { ReplyToId = null };
        return TryAsync(incoming, ct => connector.UpdateAsync(incoming.ServiceUrl!, incoming.Conversation!.Id!, activityId, addressed, ct), cancellationToken);
    }

    /// <summary>Posts into a conversation as a new message (in a channel: a new top-level post, not a thread reply).</summary>
    public async Task PostAsync(Activity incoming, string conversationId, IEnumerable<Activity> outgoing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        foreach (var activity in outgoing)
        {
            var addressed = TeamsReplies.AddressedTo(activity, incoming) with { ReplyToId = null, Conversation = new ConversationAccount(conversationId) };
            if (!await TryAsync(incoming, ct => connector.SendAsync(incoming.ServiceUrl!, conversationId, addressed, ct), cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }
    }

    private async Task<bool> TryAsync(Activity incoming, Func<CancellationToken, Task<ResourceResponse>> callAsync, CancellationToken cancellationToken)
    {
        try
        {
            await callAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (ConnectorException ex) when (ex.Failure is ConnectorFailure.Stop || ex.Code == "ConversationNotFound")
        {
            logger.LogInformation("Teams: {Message}; forgetting conversation {Conversation}", ex.Message, incoming.Conversation?.Id);
            await references.DeleteAsync(incoming.Conversation!.Id!, cancellationToken).ConfigureAwait(false);
            return false;
        }
        catch (ConnectorException ex) when (ex.Failure is ConnectorFailure.Drop)
        {
            logger.LogInformation("Teams: {Message}; dropped", ex.Message);
            return false;
        }
    }
}
