using GoalFrames.Engine.Drafts;

namespace GoalFrames.Conversation.Exports;

/// <summary>Every owner's drafts in one workspace, for an HR administrator's export of everyone's goals.</summary>
public interface IWorkspaceDrafts
{
    /// <summary>The drafts of every owner of the platform's workspace (Slack team, Teams tenant), oldest first.</summary>
    /// <param name="platform">The platform, e.g. <c>slack</c>.</param>
    /// <param name="workspace">The workspace or tenant.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<IReadOnlyList<Draft>> ListAsync(string platform, string workspace, CancellationToken cancellationToken);
}
