using GoalFrames.Engine.Drafts;

namespace GoalFrames.Engine.Conversation;

/// <summary>One person of a manager's <c>goals team</c>: who, and the drafts about them.</summary>
/// <param name="Person">The person, as last saved.</param>
/// <param name="Drafts">The manager's drafts about them, oldest first.</param>
public sealed record TeamMember(DraftSubject Person, IReadOnlyList<DraftSummary> Drafts)
{
    /// <summary>Placeholders filled across all their drafts, out of all of them.</summary>
    public DraftCompleteness Completeness => new(Drafts.Sum(d => d.Completeness.Filled), Drafts.Sum(d => d.Completeness.Total));

    /// <summary>When any of their drafts was last saved.</summary>
    public DateTimeOffset LastSaved => Drafts.Max(d => d.UpdatedAt);
}
