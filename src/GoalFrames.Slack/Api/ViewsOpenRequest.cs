using System.Text.Json;
using System.Text.Json.Serialization;

namespace GoalFrames.Slack.Api;

/// <summary>The body of <c>views.open</c>.</summary>
internal sealed record ViewsOpenRequest(
    [property: JsonPropertyName("trigger_id")] string TriggerId,
    [property: JsonPropertyName("view")] JsonElement View);
