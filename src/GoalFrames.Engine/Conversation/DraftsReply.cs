using GoalFrames.Engine.Drafts;

namespace GoalFrames.Engine.Conversation;

/// <summary>The answer to <c>/goals mine</c> and <c>/goals forget …</c>.</summary>
public abstract record DraftsReply
{
    private DraftsReply()
    {
    }

    /// <summary>My drafts, numbered in the order <c>forget N</c> uses.</summary>
    /// <param name="Drafts">The drafts, oldest first.</param>
    public sealed record Listing(IReadOnlyList<DraftSummary> Drafts) : DraftsReply;

    /// <summary>The drafts that were deleted.</summary>
    /// <param name="Drafts">What was forgotten.</param>
    public sealed record Forgotten(IReadOnlyList<DraftSummary> Drafts) : DraftsReply;

    /// <summary><c>goals @report</c>: the manager's drafts about one person (none yet: ask which profile).</summary>
    /// <param name="Person">The person.</param>
    /// <param name="Drafts">The drafts about them, oldest first.</param>
    public sealed record PersonDrafts(DraftSubject Person, IReadOnlyList<DraftSummary> Drafts) : DraftsReply;

    /// <summary><c>goals team</c>: one entry per person the manager has drafts about, one page of them.</summary>
    /// <param name="Members">The people on this page, by name.</param>
    /// <param name="Page">The page shown, from 1.</param>
    /// <param name="Pages">How many pages there are (at least 1).</param>
    /// <param name="AboutNobody">How many of the manager's drafts are about nobody (listed by <c>goals mine</c>).</param>
    public sealed record Team(IReadOnlyList<TeamMember> Members, int Page, int Pages, int AboutNobody) : DraftsReply;

    /// <summary><c>forget N</c> named a number that <c>mine</c> does not list.</summary>
    /// <param name="Number">The number asked for.</param>
    /// <param name="Count">How many drafts there are.</param>
    public sealed record NoSuchDraft(int Number, int Count) : DraftsReply;
}
