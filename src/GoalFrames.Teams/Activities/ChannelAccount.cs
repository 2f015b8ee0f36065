namespace GoalFrames.Teams.Activities;

/// <summary>A user or bot in a conversation: <c>29:…</c> for users, <c>28:&lt;app id&gt;</c> for the bot.</summary>
internal sealed record ChannelAccount(string? Id, string? Name = null)
{
    public string? AadObjectId { get; init; }
}
