using System.Text.Json.Serialization;

namespace GoalFrames.Slack.Events;

/// <summary>The Events API wrapper: <c>url_verification</c>, or an <c>event_callback</c> carrying one event.</summary>
internal sealed record SlackEventEnvelope(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("challenge")] string? Challenge,
    [property: JsonPropertyName("team_id")] string? TeamId,
    [property: JsonPropertyName("enterprise_id")] string? EnterpriseId,
    [property: JsonPropertyName("is_enterprise_install")] bool IsEnterpriseInstall,
    [property: JsonPropertyName("event_id")] string? EventId,
    [property: JsonPropertyName("event")] SlackEvent? Event)
{
    /// <summary>The key installations are stored under: the enterprise for an org-wide install, else the team.</summary>
    public string? WorkspaceId => IsEnterpriseInstall && !string.IsNullOrEmpty(EnterpriseId) ? EnterpriseId : TeamId;
}
