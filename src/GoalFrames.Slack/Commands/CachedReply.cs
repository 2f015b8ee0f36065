namespace GoalFrames.Slack.Commands;

/// <summary>A reply and its JSON bytes, ready to send.</summary>
internal sealed record CachedReply(SlackMessage Message, byte[] Json);
