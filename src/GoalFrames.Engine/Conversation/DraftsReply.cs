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

    /// <summary><c>forget N</c> named a number that <c>mine</c> does not list.</summary>
    /// <param name="Number">The number asked for.</param>
    /// <param name="Count">How many drafts there are.</param>
    public sealed record NoSuchDraft(int Number, int Count) : DraftsReply;
}
