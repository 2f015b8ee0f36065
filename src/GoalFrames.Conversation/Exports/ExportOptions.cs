using GoalFrames.Engine.Drafts;

namespace GoalFrames.Conversation.Exports;

/// <summary>The <c>Exports</c> settings: who may export everyone's goals, and the format when none is typed.</summary>
public sealed class ExportOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Exports";

    /// <summary>
    /// <c>Exports:HrAdministrators</c>: people who may say <c>goals export all</c>, as <c>platform/workspace/user</c>
    /// (e.g. <c>slack/T0123/U0456</c>, <c>teams/&lt;tenant id&gt;/&lt;aad object id or 29: id&gt;</c>). They export
    /// everyone's drafts in their own workspace or tenant, never another's.
    /// </summary>
    public IReadOnlyList<string> HrAdministrators { get; init; } = [];

    /// <summary><c>Exports:DefaultFormat</c>: the format of a bare <c>goals export</c> (default <c>csv</c>).</summary>
    public string DefaultFormat { get; init; } = "csv";

    /// <summary>True when the person is a configured HR administrator.</summary>
    /// <param name="owner">The person asking.</param>
    public bool IsHrAdministrator(DraftOwner owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return HrAdministrators.Any(a => a.Trim().Split('/') is [var platform, var workspace, var user]
            && string.Equals(platform, owner.Platform, StringComparison.OrdinalIgnoreCase)
            && string.Equals(workspace, owner.Workspace, StringComparison.Ordinal)
            && string.Equals(user, owner.UserId, StringComparison.Ordinal));
    }
}
