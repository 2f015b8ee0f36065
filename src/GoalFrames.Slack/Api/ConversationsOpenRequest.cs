using System.Text.Json.Serialization;

namespace GoalFrames.Slack.Api;

/// <summary>The body of <c>conversations.open</c>: the user to open a DM with.</summary>
internal sealed record ConversationsOpenRequest([property: JsonPropertyName("users")] string Users);
