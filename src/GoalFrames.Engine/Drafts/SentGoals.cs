namespace GoalFrames.Engine.Drafts;

/// <summary>
/// Goals a manager sent to the person they are about: a snapshot of the drafts as they were when sent, never updated
/// by later edits (the manager sends again, and the person's copy is marked updated).
/// </summary>
/// <param name="Id">The store's id; the person's Acknowledge and Ask buttons carry it.</param>
/// <param name="Manager">Who sent them (the drafts' owner).</param>
/// <param name="Subject">Who they were sent to.</param>
/// <param name="ProfileId">The profile.</param>
/// <param name="ManagerName">The manager's name as the platform gave it when sending, for the person to read.</param>
/// <param name="Snapshot">The drafts sent, one per framework, with their canon rows and values at the time.</param>
/// <param name="Sends">How many times they were sent (more than 1: the person's copy is an update).</param>
/// <param name="SentAt">When they were last sent.</param>
/// <param name="AcknowledgedAt">When the person acknowledged the last send, or null.</param>
public sealed record SentGoals(
    Guid Id,
    DraftOwner Manager,
    DraftSubject Subject,
    string ProfileId,
    string ManagerName,
    IReadOnlyList<DraftContent> Snapshot,
    int Sends,
    DateTimeOffset SentAt,
    DateTimeOffset? AcknowledgedAt)
{
    /// <summary>True when the person is the one these goals were sent to (same platform, workspace and user).</summary>
    /// <param name="person">Who pressed a button on them.</param>
    /// <param name="alsoKnownAs">The platform's other id for the same person (Teams' <c>29:…</c> id), or null.</param>
    public bool IsFor(DraftOwner person, string? alsoKnownAs)
    {
        ArgumentNullException.ThrowIfNull(person);
        return person.Platform == Manager.Platform && person.Workspace == Manager.Workspace
            && (person.UserId == Subject.UserId || (alsoKnownAs is not null && alsoKnownAs == Subject.UserId));
    }
}
