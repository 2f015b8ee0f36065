using GoalFrames.Conversation.Outcomes;
using GoalFrames.Conversation.Platforms;
using GoalFrames.Engine.Drafts;
using GoalFrames.Teams.Activities;
using GoalFrames.Teams.Outbound;
using GoalFrames.Teams.Turns;

namespace GoalFrames.Teams.People;

/// <summary>
/// Starts a 1:1 chat from the bot in Teams: the person's stored personal chat when there is one, else a conversation
/// created in the sender's tenant (<c>POST /v3/conversations</c>) at the service URL of a stored conversation. The
/// connector's refusals (the app not installed for them, another tenant) come back as words for the sender. It works
/// after a restart and from any instance: the stored reference vouches for its service URL.
/// </summary>
internal sealed class TeamsPersonMessenger(IConversationReferenceStore references, ConnectorClient connector, ServiceUrlBindings bindings) : IPersonMessenger
{
    public string Platform => "teams";

    public async Task<Delivery> SendAsync(DraftOwner from, DraftSubject person, Answer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(person);
        var known = await references.ListInTenantAsync(from.Workspace, cancellationToken).ConfigureAwait(false);
        if (known.Count == 0)
        {
            return new Delivery.Unreachable("GoalFrames has no conversation in this organisation to start from; open a chat with it in Teams first.");
        }

        try
        {
            var conversationId = known.FirstOrDefault(r => r.ConversationType == "personal" && r.UserId == person.UserId)?.ConversationId;
            var start = known.FirstOrDefault(r => r.UserId == from.UserId) ?? known[0];

            // Only accepted (authenticated) activities are stored as references, so their service URL was vouched for
            // once: after a restart, or on another instance, it is bound again from the store.
            bindings.Bind(start.ServiceUrl);
            if (conversationId is null)
            {
                var parameters = new ConversationParameters(new ChannelAccount(start.BotId), [new ChannelAccount(person.UserId)], IsGroup: false, from.Workspace, new TeamsChannelData(new TenantInfo(from.Workspace)));
                conversationId = (await connector.CreateConversationAsync(start.ServiceUrl, parameters, cancellationToken).ConfigureAwait(false)).Id;
            }

            if (conversationId is null)
            {
                return new Delivery.Unreachable("Teams did not open a chat with them.");
            }

            foreach (var activity in TeamsOutcomes.ForSomeoneElse(answer))
            {
                await connector.SendAsync(start.ServiceUrl, conversationId, activity, cancellationToken).ConfigureAwait(false);
            }

            return new Delivery.Delivered();
        }
        catch (ConnectorException e)
        {
            return new Delivery.Unreachable(e.Status is 403 or 404
                ? "they haven't installed GoalFrames in Teams, or they are in another organisation."
                : $"Teams refused ({e.Status}{(e.Code is null ? string.Empty : " " + e.Code)}).");
        }
    }
}
