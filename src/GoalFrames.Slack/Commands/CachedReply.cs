namespace GoalFrames.Slack.Commands;

/// <summary>A reply ready to send: the first message and its JSON bytes, and any follow-ups (long replies continue, never cut).</summary>
internal sealed record CachedReply(SlackMessage Message, byte[] Json, IReadOnlyList<SlackMessage> FollowUps)
{
    public CachedReply(SlackMessage message)
        : this(message, ReplyCache.Serialize(message), [])
    {
    }
}
