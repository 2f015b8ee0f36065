using GoalFrames.Teams.Activities;

namespace GoalFrames.Teams.State;

/// <summary>What Teams needs to write into a conversation later, kept as JSON in the shared conversation reference.</summary>
internal sealed record TeamsConversationReference(
    string ServiceUrl,
    string ChannelId,
    ConversationAccount Conversation,
    ChannelAccount Bot,
    ChannelAccount User);
