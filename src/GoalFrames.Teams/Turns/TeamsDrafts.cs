using System.Globalization;
using GoalFrames.Engine;
using GoalFrames.Engine.Commands;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Engine.Drafts;
using GoalFrames.Teams.Activities;
using GoalFrames.Teams.State;

namespace GoalFrames.Teams.Turns;

/// <summary>
/// The managers' drafts as Teams uses them. The owner always comes from the verified activity (tenant and user),
/// never from card data, so a card can only ever save, load or reset the drafts of the person who pressed it.
/// </summary>
internal sealed class TeamsDrafts(IDraftStore store, DraftCommands commands, DraftEditor editor)
{
    public const string Platform = "teams";

    public static DraftOwner? OwnerOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var tenant = ConversationReferences.TenantOf(activity);
        var user = activity.From?.AadObjectId ?? activity.From?.Id;
        return string.IsNullOrWhiteSpace(tenant) || string.IsNullOrWhiteSpace(user) ? null : new DraftOwner(Platform, tenant, user);
    }

    /// <summary>The frameworks of a profile as the owner's drafts have them, or null when the canon no longer has it.</summary>
    public Task<GoalsReply.Frames?> ShowAsync(DraftOwner owner, string profileId, IReadOnlyList<FrameKind> kinds, bool asText, CancellationToken cancellationToken) =>
        editor.ShowAsync(owner, profileId, kinds, asText, cancellationToken);

    /// <summary>
    /// Saves the values shown on a card: a blank value clears its slot, slots the card did not show keep their saved
    /// value, and the draft keeps the wording it was saved with. One draft per framework; a Teams card carries no
    /// version, so a concurrent save is merged once more on top of the latest version rather than refused.
    /// </summary>
    public async Task SaveAsync(DraftOwner owner, string profileId, IEnumerable<FrameKind> kinds, IReadOnlyList<DraftValue> values, CancellationToken cancellationToken)
    {
        foreach (var kind in kinds)
        {
            for (var attempt = 0; attempt < 2; attempt++)
            {
                if (await editor.OpenAsync(owner, profileId, kind, cancellationToken).ConfigureAwait(false) is not { } opened)
                {
                    return;
                }

                var items = opened.Sheet.Section(kind)?.Items.Select(i => i.Key).ToHashSet(StringComparer.Ordinal) ?? [];
                if (opened.Draft is null && !values.Any(v => items.Contains(v.ItemKey) && !string.IsNullOrWhiteSpace(v.Value)))
                {
                    break;
                }

                var result = await editor.SaveAsync(owner, profileId, kind, values, opened.Draft?.Version ?? 0, cancellationToken).ConfigureAwait(false);
                if (result is not SaveResult.Conflict)
                {
                    break;
                }
            }
        }
    }

    /// <summary>Takes the canon's change to one goal into the owner's draft.</summary>
    public Task<SaveResult?> AcceptCanonChangeAsync(DraftOwner owner, GoalsAction.AcceptCanonChange accept, CancellationToken cancellationToken) =>
        editor.AcceptCanonChangeAsync(owner, accept.ProfileId, accept.Framework, accept.ItemKey, cancellationToken);

    /// <summary>Forgets the owner's drafts of the frameworks of a profile.</summary>
    public async Task ResetAsync(DraftOwner owner, string profileId, IEnumerable<FrameKind> kinds, CancellationToken cancellationToken)
    {
        foreach (var kind in kinds)
        {
            if (await store.GetAsync(owner, profileId, kind, cancellationToken).ConfigureAwait(false) is { } draft)
            {
                await store.DeleteAsync(owner, draft.Id, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The answer to <c>goals mine</c> and <c>goals forget …</c>, in words.</summary>
    public async Task<string> AnswerAsync(DraftOwner owner, GoalsCommand command, CancellationToken cancellationToken) =>
        (await commands.HandleAsync(owner, command, cancellationToken).ConfigureAwait(false)) switch
        {
            DraftsReply.Listing { Drafts.Count: 0 } => "You have no saved drafts. Ask for goals in this chat (e.g. 'goals clinops M5 smart'), fill in the card and press Save.",
            DraftsReply.Listing listing => "Your drafts ('goals forget N' deletes one):\n\n" + string.Join("\n\n", listing.Drafts.Select((d, i) => string.Create(CultureInfo.InvariantCulture,
                $"{i + 1}. {d.ProfileId} {d.Framework.Keyword()}: {d.Completeness.Filled} of {d.Completeness.Total} blanks filled"))),
            DraftsReply.Forgotten { Drafts.Count: 0 } => "There was nothing to forget.",
            DraftsReply.Forgotten forgotten => "Forgot " + string.Join(", ", forgotten.Drafts.Select(d => $"{d.ProfileId} {d.Framework.Keyword()}")) + ".",
            DraftsReply.NoSuchDraft none => string.Create(CultureInfo.InvariantCulture, $"There is no draft {none.Number}; 'goals mine' lists {none.Count}."),
            _ => "Saved drafts could not be read.",
        };
}
