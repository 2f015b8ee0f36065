namespace GoalFrames.Slack.Api;

/// <summary>The answer to <c>views.open</c>.</summary>
internal sealed record ViewsOpenResponse : SlackApiResponse;
