namespace GoalFrames.Conversation.Platforms;

/// <summary>
/// Keeps app installations by workspace. The store encrypts bot tokens at rest with a key from configuration, so
/// callers pass and get clear text and a copy of the database alone does not give the tokens away.
/// </summary>
public interface IInstallationStore
{
    /// <summary>Adds the installation, or replaces the one of the same workspace (a reinstall).</summary>
    /// <param name="installation">The installation.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task SaveAsync(Installation installation, CancellationToken cancellationToken);

    /// <summary>The installation of a workspace, or null.</summary>
    /// <param name="workspaceId">The team or enterprise id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<Installation?> GetAsync(string workspaceId, CancellationToken cancellationToken);

    /// <summary>Forgets a workspace's installation (uninstalled, or its tokens were revoked).</summary>
    /// <param name="workspaceId">The team or enterprise id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>True when there was one.</returns>
    Task<bool> DeleteAsync(string workspaceId, CancellationToken cancellationToken);
}
