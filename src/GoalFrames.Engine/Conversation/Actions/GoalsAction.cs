using GoalFrames.Engine.Commands;
using GoalFrames.Engine.Drafts;

namespace GoalFrames.Engine.Conversation.Actions;

/// <summary>
/// What a button on a goals reply asks for, the same on every chat surface. A surface writes one into its button with
/// <see cref="ActionPayloads.Write"/> and reads it back with <see cref="ActionPayloads"/>' readers; callers handle every
/// case with a switch.
/// </summary>
public abstract record GoalsAction
{
    private GoalsAction()
    {
    }

    /// <summary>The action's wire name, e.g. <c>switch-framework</c>; surfaces may use it as a verb or action id.</summary>
    public abstract string Name { get; }

    /// <summary>
    /// The input ids of the values the action carries from the card it was pressed on (a save's, or a canon change's
    /// typed values); empty for actions that carry none.
    /// </summary>
    public virtual IReadOnlyList<string> CarriedInputs => [];

    /// <summary>
    /// True when the action changes the drafts behind the pressed card: its answer stands for that card alone, never
    /// for the other cards of the same reply.
    /// </summary>
    public virtual bool ActsOnThePressedCard => false;

    /// <summary>
    /// The person whose drafts the action is about (the report named in <c>/goals @report …</c>), or null for the
    /// manager's drafts about nobody. It only chooses among the presser's own drafts: the owner always comes from the
    /// verified payload, never from the button.
    /// </summary>
    public DraftSubject? About { get; init; }

    /// <summary>The frameworks a framework choice stands for: one, or all of them when <paramref name="kind"/> is null.</summary>
    /// <param name="kind">The framework, or null for all.</param>
    public static IReadOnlyList<FrameKind> KindsOf(FrameKind? kind) => kind is { } one ? [one] : FrameKinds.All;

    /// <summary>Answer a <c>/goals</c> line as if it had been typed (help examples, level choices, did-you-mean).</summary>
    /// <param name="Line">The words after <c>/goals</c>.</param>
    public sealed record Run(string Line) : GoalsAction
    {
        /// <inheritdoc />
        public override string Name => ActionNames.Run;

        /// <summary>The command the line stands for.</summary>
        public GoalsCommand ToCommand() => GoalsCommandParser.Parse(Line);
    }

    /// <summary>Show another framework (or all) of the same profile.</summary>
    /// <param name="ProfileId">The profile id.</param>
    /// <param name="Kind">The framework, or null for all.</param>
    public sealed record SwitchFramework(string ProfileId, FrameKind? Kind) : GoalsAction
    {
        /// <inheritdoc />
        public override string Name => ActionNames.SwitchFramework;

        /// <summary>The command that shows the framework.</summary>
        public GoalsCommand ToCommand() => new GoalsCommand.ShowFrames(new ProfileTarget(ProfileId, null), KindsOf(Kind), AsText: false) { About = About };
    }

    /// <summary>Answer with the "Copy / print as text" rendering (the manager's values included).</summary>
    /// <param name="ProfileId">The profile id.</param>
    /// <param name="Kind">The framework, or null for all.</param>
    public sealed record CopyAsText(string ProfileId, FrameKind? Kind) : GoalsAction
    {
        /// <inheritdoc />
        public override string Name => ActionNames.CopyAsText;

        /// <summary>The command that prints the text.</summary>
        public GoalsCommand ToCommand() => new GoalsCommand.ShowFrames(new ProfileTarget(ProfileId, null), KindsOf(Kind), AsText: true) { About = About };
    }

    /// <summary>Post the goals, read-only, where everyone in the channel sees them.</summary>
    /// <param name="ProfileId">The profile id.</param>
    /// <param name="Kind">The framework, or null for all.</param>
    public sealed record PostToChannel(string ProfileId, FrameKind? Kind) : GoalsAction
    {
        /// <inheritdoc />
        public override string Name => ActionNames.PostToChannel;
    }

    /// <summary>Open the goals, editable, in the asker's direct messages with the bot.</summary>
    /// <param name="ProfileId">The profile id.</param>
    /// <param name="Kind">The framework, or null for all.</param>
    public sealed record EditInDirectMessage(string ProfileId, FrameKind? Kind) : GoalsAction
    {
        /// <inheritdoc />
        public override string Name => ActionNames.EditInDirectMessage;
    }

    /// <summary>Edit the blanks of one goal (a surface that edits row by row, e.g. in a dialog).</summary>
    /// <param name="ProfileId">The profile id.</param>
    /// <param name="Kind">The framework, or null for all.</param>
    /// <param name="ItemKey">The goal item key, e.g. <c>smart/dept-head</c>.</param>
    public sealed record EditGoal(string ProfileId, FrameKind? Kind, string ItemKey) : GoalsAction
    {
        /// <inheritdoc />
        public override string Name => ActionNames.EditGoal;
    }

    /// <summary>
    /// Save the manager's values. A surface sends the values of the inputs it showed: a blank value clears its slot,
    /// and slots it did not show stay as they were. The surface also carries the draft version of each framework it
    /// was built from and a fingerprint of every value it showed, so a save from an out-of-date surface changes only
    /// the blanks the manager changed, and reports a blank someone else changed meanwhile instead of overwriting it.
    /// </summary>
    /// <param name="ProfileId">The profile id.</param>
    /// <param name="Kind">The framework, or null for all.</param>
    /// <param name="CanonFingerprint">The fingerprint of the canon the sheet was built from.</param>
    /// <param name="Values">The values, ordered by item key and slot.</param>
    public sealed record Save(string ProfileId, FrameKind? Kind, string CanonFingerprint, IReadOnlyList<DraftValue> Values) : GoalsAction
    {
        /// <inheritdoc />
        public override string Name => ActionNames.Save;

        /// <inheritdoc />
        public override IReadOnlyList<string> CarriedInputs => [.. Values.Select(v => GoalInputs.Id(v.ItemKey, v.Slot))];

        /// <inheritdoc />
        public override bool ActsOnThePressedCard => true;

        /// <summary>The draft version of each framework the surface was built from (0: no draft yet); empty when unknown.</summary>
        public IReadOnlyDictionary<FrameKind, int> Versions { get; init; } = new Dictionary<FrameKind, int>();

        /// <summary>
        /// The <see cref="SlotFingerprint"/> of the value each input showed, by input id (<see cref="GoalInputs.Id"/>);
        /// empty when the surface did not say.
        /// </summary>
        public IReadOnlyDictionary<string, string> Shown { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

        /// <inheritdoc />
        public bool Equals(Save? other) =>
            other is not null && ProfileId == other.ProfileId && Kind == other.Kind && About == other.About && CanonFingerprint == other.CanonFingerprint && Values.SequenceEqual(other.Values)
            && Versions.Count == other.Versions.Count && !Versions.Except(other.Versions).Any()
            && Shown.Count == other.Shown.Count && !Shown.Except(other.Shown).Any();

        /// <inheritdoc />
        public override int GetHashCode() => HashCode.Combine(ProfileId, Kind, CanonFingerprint, Values.Count, Versions.Count, Shown.Count);
    }

    /// <summary>
    /// Clear every value the manager saved for the profile and framework. The draft stays (with no values), and the
    /// answer offers to undo. A surface without a confirmation dialog of its own sends it unconfirmed first and is
    /// answered with a question; the confirmed press clears.
    /// </summary>
    /// <param name="ProfileId">The profile id.</param>
    /// <param name="Kind">The framework, or null for all.</param>
    /// <param name="CanonFingerprint">The fingerprint of the canon the sheet was built from.</param>
    public sealed record Reset(string ProfileId, FrameKind? Kind, string CanonFingerprint) : GoalsAction
    {
        /// <inheritdoc />
        public override string Name => ActionNames.Reset;

        /// <inheritdoc />
        public override bool ActsOnThePressedCard => true;

        /// <summary>True once the manager has confirmed (Slack's confirm dialog, or the confirmation card's button).</summary>
        public bool Confirmed { get; init; }
    }

    /// <summary>Put back the values a reset cleared, into the blanks that are still empty.</summary>
    /// <param name="ProfileId">The profile id.</param>
    /// <param name="Kind">The framework, or null for all.</param>
    /// <param name="Restore">The values the reset cleared, ordered by item key and slot.</param>
    public sealed record UndoReset(string ProfileId, FrameKind? Kind, IReadOnlyList<DraftValue> Restore) : GoalsAction
    {
        /// <inheritdoc />
        public override string Name => ActionNames.UndoReset;

        /// <inheritdoc />
        public override bool ActsOnThePressedCard => true;

        /// <inheritdoc />
        public bool Equals(UndoReset? other) =>
            other is not null && ProfileId == other.ProfileId && Kind == other.Kind && About == other.About && Restore.SequenceEqual(other.Restore);

        /// <inheritdoc />
        public override int GetHashCode() => HashCode.Combine(ProfileId, Kind, Restore.Count);
    }

    /// <summary>Show the asker's latest saved values (a surface that refreshes a shown reply per user).</summary>
    /// <param name="ProfileId">The profile id.</param>
    /// <param name="Kind">The framework, or null for all.</param>
    public sealed record Refresh(string ProfileId, FrameKind? Kind) : GoalsAction
    {
        /// <inheritdoc />
        public override string Name => ActionNames.Refresh;
    }

    /// <summary>
    /// Take the canon's change to one goal of a draft, which the draft has so far kept out: a reworded row takes the
    /// current text, a row HR removed leaves the draft with its values. Nothing else in the draft changes.
    /// </summary>
    /// <param name="ProfileId">The profile id.</param>
    /// <param name="Kind">The frameworks shown where the button was (one, or null for all), to show again.</param>
    /// <param name="ItemKey">The goal item key, e.g. <c>smart/dept-head</c>; its framework is the draft changed.</param>
    public sealed record AcceptCanonChange(string ProfileId, FrameKind? Kind, string ItemKey) : GoalsAction
    {
        /// <inheritdoc />
        public override string Name => ActionNames.AcceptCanonChange;

        /// <inheritdoc />
        public override IReadOnlyList<string> CarriedInputs => [.. Values.Select(v => GoalInputs.Id(v.ItemKey, v.Slot))];

        /// <inheritdoc />
        public override bool ActsOnThePressedCard => true;

        /// <summary>The framework of the goal, whose draft the change goes into.</summary>
        public FrameKind Framework => GoalInputs.FrameworkOf(ItemKey)
            ?? throw new InvalidOperationException($"'{ItemKey}' does not start with a framework");

        /// <summary>
        /// The values of the inputs shown with the button (a card sends them with every button), ordered by item key
        /// and slot: a surface saves them first, so nothing typed and not yet saved is lost. Empty where buttons carry none.
        /// </summary>
        public IReadOnlyList<DraftValue> Values { get; init; } = [];

        /// <summary>As <see cref="Save.Versions"/>: the draft versions the card was built from.</summary>
        public IReadOnlyDictionary<FrameKind, int> Versions { get; init; } = new Dictionary<FrameKind, int>();

        /// <summary>As <see cref="Save.Shown"/>: the fingerprint of the value each input showed.</summary>
        public IReadOnlyDictionary<string, string> Shown { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

        /// <inheritdoc />
        public bool Equals(AcceptCanonChange? other) =>
            other is not null && ProfileId == other.ProfileId && Kind == other.Kind && About == other.About && ItemKey == other.ItemKey && Values.SequenceEqual(other.Values);

        /// <inheritdoc />
        public override int GetHashCode() => HashCode.Combine(ProfileId, Kind, ItemKey, Values.Count);
    }

    /// <summary>
    /// Send the manager's goals about a person (<see cref="GoalsAction.About"/>) to that person, read-only, with
    /// Acknowledge and Ask a question; sending again sends the latest, marked as an update.
    /// </summary>
    /// <param name="ProfileId">The profile id.</param>
    /// <param name="Kind">The framework, or null for all the manager drafted.</param>
    public sealed record SendToPerson(string ProfileId, FrameKind? Kind) : GoalsAction
    {
        /// <inheritdoc />
        public override string Name => ActionNames.SendToPerson;
    }

    /// <summary>The person acknowledges goals sent to them.</summary>
    /// <param name="ProfileId">The profile id.</param>
    /// <param name="Sent">The send's id.</param>
    /// <param name="Sends">Which send of it the person's copy shows.</param>
    public sealed record Acknowledge(string ProfileId, Guid Sent, int Sends) : GoalsAction
    {
        /// <inheritdoc />
        public override string Name => ActionNames.Acknowledge;
    }

    /// <summary>The person asks their manager a question about goals sent to them.</summary>
    /// <param name="ProfileId">The profile id.</param>
    /// <param name="Sent">The send's id.</param>
    /// <param name="Sends">Which send of it the person's copy shows.</param>
    /// <param name="Question">What they typed (may be empty: they are asked to type it).</param>
    public sealed record AskQuestion(string ProfileId, Guid Sent, int Sends, string Question) : GoalsAction
    {
        /// <inheritdoc />
        public override string Name => ActionNames.AskQuestion;

        /// <inheritdoc />
        public override IReadOnlyList<string> CarriedInputs => [ActionNames.QuestionInput];
    }
}
