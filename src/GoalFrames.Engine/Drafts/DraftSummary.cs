namespace GoalFrames.Engine.Drafts;

/// <summary>One line of <c>/goals mine</c>.</summary>
/// <param name="Id">The draft id, for deleting it.</param>
/// <param name="ProfileId">The profile id.</param>
/// <param name="Framework">The framework.</param>
/// <param name="Completeness">Placeholders filled out of all of them.</param>
/// <param name="Version">The draft's version.</param>
/// <param name="CreatedAt">When it was first saved.</param>
/// <param name="UpdatedAt">When it was last saved.</param>
public sealed record DraftSummary(
    Guid Id,
    string ProfileId,
    FrameKind Framework,
    DraftCompleteness Completeness,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The person the draft is about, or null for a draft about nobody.</summary>
    public DraftSubject? About { get; init; }
}
