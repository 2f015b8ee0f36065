using GoalFrames.Conversation.Outcomes;
using GoalFrames.Conversation.Platforms;
using GoalFrames.Engine.Drafts;
using GoalFrames.Testing;

namespace GoalFrames.Teams.Tests;

/// <summary>
/// Starting a 1:1 in Teams when nobody wrote first (send to a report, a reminder): from a conversation stored before a
/// restart, the bot creates the chat in the tenant and posts there; a refusal is words for the sender.
/// </summary>
public sealed class PersonMessengerTests : ConnectorAndHost
{
    [Fact]
    public async Task AfterARestart_AStoredConversationIsEnoughToReachAReport()
    {
        // This instance has accepted no activity: the manager's chat is known only from the store.
        await StoredManagerChatAsync();

        var delivery = await Messenger.SendAsync(Manager, new DraftSubject("29:ana", "Ana"), new Answer.Words("Your goals are ready."), Cancel);

        Assert.IsType<Delivery.Delivered>(delivery);
        var calls = await Connector.WaitForCallsAsync(2);
        Assert.EndsWith("/v3/conversations", calls[0].RawPath, StringComparison.Ordinal);
        Assert.Contains("29:ana", calls[0].Body, StringComparison.Ordinal);
        Assert.Equal("Your goals are ready.", calls[1].Text);
    }

    [Fact]
    public async Task AReportTheBotCannotReach_IsWordsForTheSender()
    {
        await StoredManagerChatAsync();
        Connector.Then(403, "BotNotInConversationRoster");

        var delivery = await Messenger.SendAsync(Manager, new DraftSubject("29:ana", "Ana"), new Answer.Words("Your goals are ready."), Cancel);

        Assert.Contains("haven't installed GoalFrames", Assert.IsType<Delivery.Unreachable>(delivery).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATenantWithNoStoredConversation_IsWordsForTheSender()
    {
        var delivery = await Messenger.SendAsync(Manager, new DraftSubject("29:ana", "Ana"), new Answer.Words("hi"), Cancel);

        Assert.Contains("open a chat with it in Teams first", Assert.IsType<Delivery.Unreachable>(delivery).Reason, StringComparison.Ordinal);
        Assert.Empty(Connector.Calls);
    }

    private static DraftOwner Manager => new("teams", TeamsActivities.TenantId, "aad-user-1");

    private IPersonMessenger Messenger => Host.Services.GetServices<IPersonMessenger>().Single(m => m.Platform == "teams");

    private Task StoredManagerChatAsync() =>
        Host.Services.GetRequiredService<IConversationReferenceStore>().SaveAsync(
            new ConversationReference("a:personal-1", Connector.ServiceUrl, TeamsActivities.TenantId, TeamsActivities.BotId, "aad-user-1", "personal", "{}"),
            Cancel);
}
