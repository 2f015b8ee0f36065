using System.Text.Json.Serialization;

namespace GoalFrames.Slack.Interactivity;

/// <summary>Source-generated JSON metadata for interactivity payloads.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SlackInteraction))]
[JsonSerializable(typeof(ModalState))]
[JsonSerializable(typeof(ViewSubmissionErrors))]
internal sealed partial class SlackInteractivityJsonContext : JsonSerializerContext;
