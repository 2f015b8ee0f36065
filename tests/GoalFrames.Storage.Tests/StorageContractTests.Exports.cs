using GoalFrames.Conversation.Platforms;
using GoalFrames.Engine;
using GoalFrames.Engine.Drafts;
using GoalFrames.Storage.Stores;
using GoalFrames.Testing;

namespace GoalFrames.Storage.Tests;

/// <summary>What exports read: every owner's drafts of one workspace, and the conversations where the bot can ask about a person.</summary>
public abstract partial class StorageContractTests
{
    [Fact]
    public async Task WorkspaceDrafts_AreEveryOwnersInThatWorkspace_AndNoOtherWorkspacesOrPlatforms()
    {
        var ada = Samples.Content(FrameKind.Smart) with { About = new DraftSubject("U100", "Ada") { Email = "ada@example.com" } };
        await SaveNewAsync(Samples.Alice, ada);
        await SaveNewAsync(Samples.Bob, Samples.Content(FrameKind.Okr));
        await SaveNewAsync(Samples.AliceInAnotherWorkspace, ada);
        await SaveNewAsync(Samples.AliceOnTeams, ada);

        var drafts = await new SqlDraftStore(Database).ListAsync("slack", "T0001", Cancel);

        Assert.Equal([Samples.Alice.ToString(), Samples.Bob.ToString()], drafts.Select(d => d.Owner.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal("ada@example.com", drafts.Single(d => d.Owner == Samples.Alice).Content.About!.Email);
    }

    [Fact]
    public async Task ReferencesForAPerson_TheirOwnChatFirst_ThenGroupChatsAndChannelsOfTheTenant_NeverOthersPersonalChats()
    {
        ConversationReference Reference(string id, string tenant, string user, string type) => new(id, "https://smba.example/emea/", tenant, "28:bot", user, type, "{}");
        await References.SaveAsync(Reference("19:channel", "tenant-1", "aad-manager", "channel"), Cancel);
        await References.SaveAsync(Reference("a:their-chat", "tenant-1", "aad-report", "personal"), Cancel);
        await References.SaveAsync(Reference("a:manager-chat", "tenant-1", "aad-manager", "personal"), Cancel);
        await References.SaveAsync(Reference("19:elsewhere", "tenant-2", "aad-report", "channel"), Cancel);

        var found = await new SqlConversationReferenceStore(Database).ForPersonAsync("tenant-1", "aad-report", 3, Cancel);

        Assert.Equal(["a:their-chat", "19:channel"], found.Select(r => r.ConversationId));
    }
}
