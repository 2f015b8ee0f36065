using GoalFrames.Engine.Drafts;

namespace GoalFrames.Conversation.Platforms;

/// <summary>
/// Deletes what belongs to an installation when it goes: every draft, sent snapshot and reminder record of a Slack
/// workspace (<c>app_uninstalled</c>, <c>tokens_revoked</c>), or of one person who removed the Teams app.
/// </summary>
public interface IInstallationData
{
    /// <summary>Deletes everything kept for a workspace or tenant.</summary>
    /// <param name="platform">The platform, e.g. <c>slack</c>.</param>
    /// <param name="workspace">The workspace or tenant id.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>How many rows were deleted.</returns>
    Task<int> ForgetWorkspaceAsync(string platform, string workspace, CancellationToken cancellationToken);

    /// <summary>Deletes everything kept for one person: their drafts, what they sent, their reminder records.</summary>
    /// <param name="person">The person, as a draft owner.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>How many rows were deleted.</returns>
    Task<int> ForgetOwnerAsync(DraftOwner person, CancellationToken cancellationToken);
}
