using System.Text.Json.Serialization;

namespace GoalFrames.Slack.Interactivity;

/// <summary>
/// What a goal's edit modal carries in <c>private_metadata</c> (≤ 3,000 characters): the save action the renderer wrote,
/// the DM message to update afterwards, and the draft version the modal was opened on (for "changed elsewhere").
/// </summary>
internal sealed record ModalState(
    [property: JsonPropertyName("save")] string Save,
    [property: JsonPropertyName("channel")] string Channel,
    [property: JsonPropertyName("ts")] string Ts,
    [property: JsonPropertyName("version")] int Version);
