using System.Globalization;
using System.Text;
using GoalFrames.Canon;
using GoalFrames.Engine;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Resolution;

namespace GoalFrames.Conversation;

/// <summary>What GoalFrames tells people, written once for every surface (plain words, no markup).</summary>
internal static class ConversationWords
{
    public const string DraftsArePrivate = "Drafts are edited in your direct messages with GoalFrames: choose \"Edit in DM\" first.";
    public const string WhoAreYou = "I can't tell who you are from this conversation, so I can't open or save your drafts here.";
    public const string MineIsPrivate = "Your drafts are private: send me \"goals mine\" in a direct message.";
    public const string AlreadyPosted = "These goals are already posted here for everyone.";
    public const string PostFromChannel = "\"Post to channel\" works on goals you asked for in a channel.";
    public const string SentToDirectMessages = "I've sent the goals to your direct messages with GoalFrames; fill them in there.";
    public const string StillSaving = "This is taking longer than usual, but it isn't lost: I'm still saving, and the message will update when it's done.";
    public const string StillWorking = "This is taking longer than usual; I'm still on it and will answer when it's done.";
    public const string CouldNotFinish = FailureWords.CouldNotFinish;
    public const string DraftDeleted = "This draft was deleted (goals forget) since this was shown, so nothing was saved.";
    public const string NothingToClear = "There was nothing to clear.";
    public const int MaxLineLength = 500;

    public static string TooQuick(TimeSpan wait) =>
        string.Create(CultureInfo.InvariantCulture, $"You're asking quickly; give it {Math.Ceiling(wait.TotalSeconds):0} seconds and try again.");

    public static string ProfileGone(string profileId) => $"The canon no longer has the profile {profileId}; nothing was saved.";

    public static string TooLong(int length) =>
        string.Create(CultureInfo.InvariantCulture, $"That is {length:N0} characters long; a goals command is at most {MaxLineLength}. Try \"goals help\".");

    public static string ConfirmReset(Profile profile, IReadOnlyList<FrameKind> kinds) =>
        $"Clear every value you saved in {Frameworks(kinds)} for {ProfileResolver.Describe(profile)}? The draft stays, and you can undo it right after.";

    public static string Cleared(int count) => count == 1
        ? "Cleared 1 value. Undo puts it back."
        : string.Create(CultureInfo.InvariantCulture, $"Cleared {count} values. Undo puts them back.");

    public static string Restored(int count) => count == 1 ? "Put 1 value back." : string.Create(CultureInfo.InvariantCulture, $"Put {count} values back.");

    public static string Saved(int conflicts) => conflicts == 0 ? "Saved." : "Saved what you changed.";

    /// <summary>The blanks changed elsewhere, with what the person typed, so nothing typed is lost.</summary>
    public static string Conflicts(IReadOnlyList<SlotConflict> conflicts, string lead)
    {
        var text = new StringBuilder(lead);
        text.Append(conflicts.Count == 1
            ? " One blank was changed elsewhere since this was shown; it keeps the saved value, and what you typed there was not saved:"
            : string.Create(CultureInfo.InvariantCulture, $" {conflicts.Count} blanks were changed elsewhere since this was shown; they keep the saved values, and what you typed there was not saved:"));
        foreach (var conflict in conflicts.Take(10))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n• {conflict.Typed.ItemKey} {conflict.Typed.Slot}: you typed \"{conflict.Typed.Value}\"; saved: \"{conflict.Saved}\"");
        }

        if (conflicts.Count > 10)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n• and {conflicts.Count - 10} more");
        }

        return text.ToString();
    }

    private static string Frameworks(IReadOnlyList<FrameKind> kinds) =>
        kinds.Count == FrameKinds.All.Count ? "all frameworks" : string.Join(", ", kinds.Select(k => k.Keyword().ToUpperInvariant()));
}
