using GoalFrames.Conversation.Platforms;
using System.Text.Json;
using GoalFrames.Teams.Activities;

namespace GoalFrames.Teams.State;

/// <summary>Builds the shared <see cref="ConversationReference"/> of an activity, with the Teams reference as its JSON.</summary>
internal static class ConversationReferences
{
    public static ConversationReference? Of(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity is not { ServiceUrl: { } serviceUrl, Conversation.Id: { } conversationId, Recipient: { } bot, From: { } user })
        {
            return null;
        }

        var tenant = TenantOf(activity) ?? string.Empty;
        var teams = new TeamsConversationReference(serviceUrl, activity.ChannelId ?? ActivityTypes.TeamsChannelId, activity.Conversation, bot, user);
        return new ConversationReference(
            conversationId,
            serviceUrl,
            tenant,
            bot.Id ?? string.Empty,
            user.AadObjectId ?? user.Id ?? string.Empty,
            activity.Conversation.ConversationType ?? "personal",
            JsonSerializer.Serialize(teams, TeamsStateJsonContext.Default.TeamsConversationReference));
    }

    /// <summary><c>channelData.tenant.id</c>, which Teams always sends.</summary>
    public static string? TenantOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.ChannelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == JsonValueKind.Object
            && tenant.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : activity.Conversation?.TenantId;
    }
}
