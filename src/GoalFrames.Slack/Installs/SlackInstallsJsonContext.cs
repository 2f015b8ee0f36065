using System.Text.Json.Serialization;

namespace GoalFrames.Slack.Installs;

/// <summary>Source-generated JSON metadata for the OAuth records.</summary>
[JsonSerializable(typeof(OAuthAccessResponse))]
internal sealed partial class SlackInstallsJsonContext : JsonSerializerContext;
