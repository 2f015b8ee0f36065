using System.Text.Json.Serialization;

namespace GoalFrames.Slack.Installs;

/// <summary>A team or enterprise named in an OAuth answer.</summary>
internal sealed record OAuthParty([property: JsonPropertyName("id")] string? Id, [property: JsonPropertyName("name")] string? Name);
