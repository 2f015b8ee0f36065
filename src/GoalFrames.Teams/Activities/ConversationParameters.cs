namespace GoalFrames.Teams.Activities;

/// <summary>The body of <c>POST /v3/conversations</c>: a 1:1 conversation between the bot and one user of a tenant.</summary>
internal sealed record ConversationParameters(
    ChannelAccount Bot,
    IReadOnlyList<ChannelAccount> Members,
    bool IsGroup,
    string TenantId,
    TeamsChannelData ChannelData);
