using System.Text.Json.Serialization;

namespace GoalFrames.Slack.Api;

/// <summary>The parts of a Slack user object GoalFrames reads: names, IANA time zone (<c>tz</c>) and profile (email with <c>users:read.email</c>).</summary>
internal sealed record SlackUser
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("real_name")]
    public string? RealName { get; init; }

    [JsonPropertyName("tz")]
    public string? TimeZone { get; init; }

    [JsonPropertyName("deleted")]
    public bool Deleted { get; init; }

    [JsonPropertyName("profile")]
    public SlackUserProfile? Profile { get; init; }
}
