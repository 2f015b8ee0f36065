using System.Text.Json.Serialization;

namespace GoalFrames.Teams.Activities;

/// <summary>Source-generated JSON metadata for the Bot Framework wire records (camelCase, nulls left out when writing).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConnectorErrorResponse))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(AdaptiveCardInvokeValue))]
[JsonSerializable(typeof(InvokeResponseBody))]
[JsonSerializable(typeof(InvokeError))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(TeamsMember))]
[JsonSerializable(typeof(FileConsentCard))]
[JsonSerializable(typeof(FileConsentInvokeValue))]
[JsonSerializable(typeof(FileInfoCard))]
internal sealed partial class TeamsJsonContext : JsonSerializerContext;
