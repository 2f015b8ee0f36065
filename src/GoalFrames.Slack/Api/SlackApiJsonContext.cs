using System.Text.Json.Serialization;

namespace GoalFrames.Slack.Api;

/// <summary>Source-generated JSON metadata for the Web API records.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PostMessageResponse))]
[JsonSerializable(typeof(ConversationsOpenResponse))]
[JsonSerializable(typeof(ConnectionsOpenResponse))]
[JsonSerializable(typeof(PostMessageRequest))]
[JsonSerializable(typeof(ConversationsOpenRequest))]
[JsonSerializable(typeof(ViewsOpenRequest))]
[JsonSerializable(typeof(ViewsOpenResponse))]
[JsonSerializable(typeof(FileUploadUrlResponse))]
[JsonSerializable(typeof(FileCompleteResponse))]
[JsonSerializable(typeof(IReadOnlyList<SlackFileRef>))]
[JsonSerializable(typeof(UsersInfoResponse))]
internal sealed partial class SlackApiJsonContext : JsonSerializerContext;
