using GoalFrames.Conversation;
using GoalFrames.Teams.Activities;
using GoalFrames.Teams.State;

namespace GoalFrames.Teams.Turns;

/// <summary>
/// Who sent an activity, and where, in the conversation core's terms. A person owns drafts only under their Entra
/// object id (<c>from.aadObjectId</c>) in the activity's tenant: a channel-specific <c>from.id</c> is never taken for it,
/// so no other channel's ids can map onto a Teams user.
/// </summary>
internal static class TeamsIdentity
{
    public const string Platform = "teams";

    /// <summary>The personal chat is the person's own; a card in a channel or group chat is seen by everyone there.</summary>
    public static SurfaceKind SurfaceOf(Activity activity) =>
        activity.Conversation?.ConversationType is null or "personal" ? SurfaceKind.DirectMessage : SurfaceKind.SharedConversation;

    public static ConversationRequest RequestOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var tenant = ConversationReferences.TenantOf(activity);
        var request = ConversationRequest.From(Platform, tenant, activity.From?.AadObjectId, SurfaceOf(activity)) with
        {
            Name = activity.From?.Name,
            AlsoKnownAs = activity.From?.Id,
        };

        // Someone without an Entra object id owns nothing, but is still limited as themselves.
        return request.Owner is null ? request with { Requester = $"{Platform}/{tenant}/{activity.From?.Id}" } : request;
    }
}
