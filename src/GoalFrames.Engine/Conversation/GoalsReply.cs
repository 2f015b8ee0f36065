using GoalFrames.Canon;
using GoalFrames.Engine.Commands;
using GoalFrames.Engine.Drafts;
using GoalFrames.Engine.Resolution;
using GoalFrames.Engine.Sheets;

namespace GoalFrames.Engine.Conversation;

/// <summary>A platform-neutral answer to a <c>/goals</c> line; each surface renders it its own way.</summary>
public abstract record GoalsReply
{
    private GoalsReply()
    {
    }

    /// <summary>Usage with examples.</summary>
    /// <param name="Examples">Example command lines that work on this canon.</param>
    public sealed record Help(IReadOnlyList<string> Examples) : GoalsReply;

    /// <summary>Families and focuses with their aliases.</summary>
    /// <param name="Families">The families.</param>
    public sealed record FamilyList(IReadOnlyList<JobFamily> Families) : GoalsReply;

    /// <summary>The levels of a focus.</summary>
    /// <param name="Focus">The focus.</param>
    /// <param name="Profiles">Its profiles.</param>
    public sealed record FocusLevels(Focus Focus, IReadOnlyList<Profile> Profiles) : GoalsReply
    {
        /// <summary>The person the manager asked about (<c>goals @report clinops</c>), carried into the level buttons; or null.</summary>
        public DraftSubject? About { get; init; }
    }

    /// <summary>The frameworks of a profile, which have rows, and what the canon lacks.</summary>
    /// <param name="Sheet">The full sheet (all frameworks).</param>
    public sealed record ProfileOverview(GoalSheet Sheet) : GoalsReply
    {
        /// <summary>The person the manager asked about (<c>goals @report clinops M5</c>), carried into the framework buttons; or null.</summary>
        public DraftSubject? About { get; init; }
    }

    /// <summary>One or more frameworks of a profile.</summary>
    /// <param name="Sheet">The sheet, holding only the frameworks asked for.</param>
    /// <param name="Kinds">The frameworks asked for (some may have been left out for lack of canon).</param>
    /// <param name="AsText">True for the "Copy / print as text" rendering.</param>
    public sealed record Frames(GoalSheet Sheet, IReadOnlyList<FrameKind> Kinds, bool AsText) : GoalsReply
    {
        /// <summary>
        /// For a manager's own drafts: how each draft shown compares with the current canon. The sheet keeps the text
        /// each draft was saved with; a surface marks what is superseded and offers the current text.
        /// </summary>
        public IReadOnlyList<DriftReport> Drift { get; init; } = [];

        /// <summary>For a manager's own drafts: the draft version of each framework shown (0: not saved yet).</summary>
        public IReadOnlyDictionary<FrameKind, int> Versions { get; init; } = new Dictionary<FrameKind, int>();

        /// <summary>What just happened, shown at the top (saved, changed elsewhere, cleared), or null.</summary>
        public ReplyNotice? Notice { get; init; }

        /// <summary>
        /// The person these goals are for (the manager's report), or null. A surface names them and writes them into
        /// every button, so that what the manager does next stays with that person's drafts.
        /// </summary>
        public DraftSubject? About { get; init; }

        /// <summary>For goals about a person: what the manager last sent them, or null when nothing was sent yet.</summary>
        public SentGoals? Sent { get; init; }
    }

    /// <summary>Nothing matched what was typed; the lookup says what exists.</summary>
    /// <param name="Lookup">The failed lookup (unknown focus, ambiguous alias, unknown level or id).</param>
    public sealed record NotFound(ProfileLookup Lookup) : GoalsReply;

    /// <summary>The words could not be read.</summary>
    /// <param name="Command">The invalid command with its reason.</param>
    public sealed record Invalid(GoalsCommand.Invalid Command) : GoalsReply;

    /// <summary>A draft command (<c>mine</c>, <c>forget</c>) that needs the draft store; adapters answer it.</summary>
    /// <param name="Command">The command.</param>
    public sealed record Drafts(GoalsCommand Command) : GoalsReply;
}
