using System.Text.Json.Serialization;

namespace GoalFrames.Slack.Api;

/// <summary>A channel as Slack names it, e.g. <c>{"id": "D069C7QFK"}</c>.</summary>
internal sealed record SlackChannelRef([property: JsonPropertyName("id")] string Id);
