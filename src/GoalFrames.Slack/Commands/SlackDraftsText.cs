using System.Globalization;
using System.Text;
using GoalFrames.Canon;
using GoalFrames.Engine;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Drafts;
using GoalFrames.Engine.Resolution;
using GoalFrames.Rendering.BlockKit;

namespace GoalFrames.Slack.Commands;

/// <summary>The mrkdwn text of <c>/goals mine</c> and <c>/goals forget</c> replies.</summary>
internal static class SlackDraftsText
{
    public static string Of(DraftsReply reply, ICanon canon, string command) => reply switch
    {
        DraftsReply.Listing { Drafts.Count: 0 } =>
            $"You have no saved drafts. Open goals with `{command} <focus> <level> <framework>` and choose *Edit in DM* to fill one in.",
        DraftsReply.Listing listing => List("*Your drafts*", listing.Drafts, canon)
            + $"\n`{command} forget N` deletes one; `{command} forget all` deletes them all.",
        DraftsReply.Forgotten { Drafts.Count: 0 } => "There was nothing to forget.",
        DraftsReply.Forgotten forgotten => List(
            forgotten.Drafts.Count == 1 ? "Forgot this draft:" : $"Forgot these {forgotten.Drafts.Count} drafts:", forgotten.Drafts, canon),
        DraftsReply.NoSuchDraft none => none.Count == 0
            ? "You have no saved drafts."
            : $"There is no draft {none.Number}; you have {none.Count}. `{command} mine` lists them.",
        _ => throw new ArgumentOutOfRangeException(nameof(reply), reply, null),
    };

    private static string List(string heading, IReadOnlyList<DraftSummary> drafts, ICanon canon)
    {
        var text = new StringBuilder(heading);
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            var profile = canon.FindProfile(draft.ProfileId);
            var name = profile is null ? $"{draft.ProfileId} (no longer in the canon)" : ProfileResolver.Describe(profile);
            text.Append(CultureInfo.InvariantCulture, $"\n{i + 1}. {Mrkdwn.Escape(name)} · {draft.Framework.Keyword()} — {draft.Completeness.Filled} of {draft.Completeness.Total} filled, updated {draft.UpdatedAt:yyyy-MM-dd}");
        }

        return text.ToString();
    }
}
