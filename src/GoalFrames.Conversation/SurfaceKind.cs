namespace GoalFrames.Conversation;

/// <summary>Who can see the place a request came from, which decides where answers may go and what they may carry.</summary>
public enum SurfaceKind
{
    /// <summary>The person's own direct messages with the bot (Slack DM, Teams personal chat): only they see it.</summary>
    DirectMessage,

    /// <summary>A message in a shared conversation that only the person sees (a Slack ephemeral reply or slash command).</summary>
    PrivateInSharedConversation,

    /// <summary>A shared conversation where everyone in it sees the message (a channel post, a mention, a Teams channel card).</summary>
    SharedConversation,
}
