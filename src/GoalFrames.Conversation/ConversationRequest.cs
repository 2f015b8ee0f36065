using GoalFrames.Engine.Drafts;

namespace GoalFrames.Conversation;

/// <summary>Who asked, and where: what an adapter reads from a verified platform payload, never from card data.</summary>
/// <param name="Owner">The person as a draft owner, or null when the platform did not identify them well enough.</param>
/// <param name="Requester">A stable key for the person, for the per-user limits (platform, workspace and user).</param>
/// <param name="Surface">Who can see where the request came from.</param>
public sealed record ConversationRequest(DraftOwner? Owner, string Requester, SurfaceKind Surface)
{
    /// <summary>The person's display name as the platform gave it with the request, or null.</summary>
    public string? Name { get; init; }

    /// <summary>
    /// The platform's other id for the same person, where it has two (Teams: the <c>29:…</c> id that mentions carry,
    /// besides the Entra object id that owns drafts); or null.
    /// </summary>
    public string? AlsoKnownAs { get; init; }

    /// <summary>True when the request is a dialog's submission (its answer can show errors under the dialog's inputs).</summary>
    public bool InDialog { get; init; }

    /// <summary>True when only the person sees where the request came from.</summary>
    public bool IsPrivate => Surface != SurfaceKind.SharedConversation;

    /// <summary>
    /// A request from the ids a verified payload carries. A person the platform did not identify (no workspace or no
    /// user id) owns no drafts; the request still counts against a limit keyed by whatever ids there were.
    /// </summary>
    /// <param name="platform">The platform, e.g. <c>slack</c>.</param>
    /// <param name="workspace">The Slack team or enterprise, or the Teams tenant.</param>
    /// <param name="user">The user id that owns drafts on that platform.</param>
    /// <param name="surface">Where.</param>
    public static ConversationRequest From(string platform, string? workspace, string? user, SurfaceKind surface) =>
        string.IsNullOrWhiteSpace(workspace) || string.IsNullOrWhiteSpace(user)
            ? new ConversationRequest(null, $"{platform}/{workspace}/{user}", surface)
            : Of(new DraftOwner(platform, workspace, user), surface);

    /// <summary>A request from someone the platform identified.</summary>
    /// <param name="owner">The person.</param>
    /// <param name="surface">Where.</param>
    public static ConversationRequest Of(DraftOwner owner, SurfaceKind surface)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return new ConversationRequest(owner, owner.ToString(), surface);
    }
}
