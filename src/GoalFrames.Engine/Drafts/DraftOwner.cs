namespace GoalFrames.Engine.Drafts;

/// <summary>
/// Who a draft belongs to: one user of one workspace of one chat platform. Every draft read and write names its
/// owner, and a store never returns or changes another owner's draft. The adapter builds it from the verified
/// platform payload, never from card data.
/// </summary>
/// <param name="Platform">The chat platform, e.g. <c>slack</c> or <c>teams</c>.</param>
/// <param name="Workspace">The Slack team or enterprise id, or the Teams tenant id.</param>
/// <param name="UserId">The user's id on that platform.</param>
public sealed record DraftOwner(string Platform, string Workspace, string UserId)
{
    /// <summary>The platform; never blank.</summary>
    public string Platform { get; } = Require(Platform, nameof(Platform));

    /// <summary>The workspace or tenant; never blank.</summary>
    public string Workspace { get; } = Require(Workspace, nameof(Workspace));

    /// <summary>The user id; never blank.</summary>
    public string UserId { get; } = Require(UserId, nameof(UserId));

    /// <inheritdoc />
    public override string ToString() => $"{Platform}/{Workspace}/{UserId}";

    private static string Require(string value, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        return value;
    }
}
