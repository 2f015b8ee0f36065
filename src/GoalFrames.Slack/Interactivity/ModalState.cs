using System.Text.Json.Serialization;

namespace GoalFrames.Slack.Interactivity;

/// <summary>
/// What a goal's edit modal carries in <c>private_metadata</c> (≤ 3,000 characters): the save action the renderer wrote,
/// the DM message to update afterwards, the draft version the modal was opened on, and the fingerprint of each value it
/// showed (so a stale save changes only what the manager changed, and reports what someone else changed meanwhile).
/// </summary>
internal sealed record ModalState(
    [property: JsonPropertyName("save")] string Save,
    [property: JsonPropertyName("channel")] string Channel,
    [property: JsonPropertyName("ts")] string Ts,
    [property: JsonPropertyName("version")] int Version,
    [property: JsonPropertyName("shown")] IReadOnlyDictionary<string, string>? Shown = null);
