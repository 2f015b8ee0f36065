using GoalFrames.Canon;
using GoalFrames.Engine.Drafts;

namespace GoalFrames.Engine.Conversation;

/// <summary>
/// Opens, shows and saves an owner's drafts of a profile, for any chat surface. A draft keeps the canon text it was
/// saved with: when HR rewords a row the draft shows its saved wording (and the reply says what the canon reads now),
/// and when HR removes a row the draft keeps it with its values. Only <see cref="AcceptCanonChangeAsync"/> takes a
/// change in, one goal at a time, when the manager asks.
/// </summary>
public sealed class DraftEditor(IDraftStore store, GoalsResponder responder, FrameEngine engine)
{
    /// <summary>The sheet of one framework with the owner's saved values, the draft and its drift.</summary>
    /// <param name="owner">Whose draft.</param>
    /// <param name="profileId">The profile.</param>
    /// <param name="kind">The framework.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The opened draft, or null when the canon no longer has the profile.</returns>
    public async Task<OpenedDraft?> OpenAsync(DraftOwner owner, string profileId, FrameKind kind, CancellationToken cancellationToken)
    {
        var canon = responder.Canon;
        if (canon.FindProfile(profileId) is not { } profile)
        {
            return null;
        }

        var draft = await store.GetAsync(owner, profile.Id, kind, cancellationToken).ConfigureAwait(false);
        return Open(canon, profile, kind, draft, acceptedItem: null);
    }

    /// <summary>
    /// The frameworks of a profile as the owner's drafts have them: saved values in place, saved wording kept, and the
    /// drift of every draft for the surface to show.
    /// </summary>
    /// <param name="owner">Whose drafts.</param>
    /// <param name="profileId">The profile.</param>
    /// <param name="kinds">The frameworks to show.</param>
    /// <param name="asText">True for the "Copy / print as text" rendering.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The reply, or null when the canon no longer has the profile.</returns>
    public async Task<GoalsReply.Frames?> ShowAsync(DraftOwner owner, string profileId, IReadOnlyList<FrameKind> kinds, bool asText, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        var canon = responder.Canon;
        if (canon.FindProfile(profileId) is not { } profile)
        {
            return null;
        }

        var opened = new List<OpenedDraft>();
        foreach (var kind in FrameKinds.All.Where(kinds.Contains))
        {
            var draft = await store.GetAsync(owner, profile.Id, kind, cancellationToken).ConfigureAwait(false);
            opened.Add(Open(canon, profile, kind, draft, acceptedItem: null));
        }

        // Each framework is built from its own draft's wording; the sections then read as one sheet.
        var sheet = opened.Count == 0
            ? engine.Build(canon, profile, kinds)
            : opened[0].Sheet with
            {
                Profile = profile,
                Sections = [.. opened.SelectMany(o => o.Sheet.Sections)],
                Omissions = [.. opened.SelectMany(o => o.Sheet.Omissions)],
            };
        return new GoalsReply.Frames(sheet, kinds, asText) { Drift = [.. opened.Select(o => o.Drift).OfType<DriftReport>()] };
    }

    /// <summary>Saves values over the draft at <paramref name="expectedVersion"/> (0: no draft yet); blank values clear a slot.</summary>
    /// <param name="owner">Whose draft.</param>
    /// <param name="profileId">The profile.</param>
    /// <param name="kind">The framework.</param>
    /// <param name="values">The values the manager submitted (only the slots they edited).</param>
    /// <param name="expectedVersion">The version the editor showed.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What happened, or null when the canon no longer has the profile or the framework.</returns>
    public async Task<SaveResult?> SaveAsync(DraftOwner owner, string profileId, FrameKind kind, IReadOnlyList<DraftValue> values, int expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(values);
        var opened = await OpenAsync(owner, profileId, kind, cancellationToken).ConfigureAwait(false);
        if (opened is null)
        {
            return null;
        }

        if (opened.Draft is { } draft && draft.Version != expectedVersion)
        {
            return new SaveResult.Conflict(draft);
        }

        var edited = values.Select(v => (v.ItemKey, v.Slot)).ToHashSet();
        var merged = (opened.Draft?.Content.Values ?? []).Where(v => !edited.Contains((v.ItemKey, v.Slot))).Concat(values);
        var removed = opened.Drift?.Removed.Select(r => r.Row);
        var content = DraftContent.FromSheet(opened.Sheet, kind, merged, removed);

        // With no draft left, a save that named a version finds it gone (forgotten or purged) rather than starting over.
        return content is null ? null : await store.SaveAsync(owner, content, opened.Draft?.Version ?? expectedVersion, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Takes the canon's change to one goal into the owner's draft: a reworded row takes the current text (its values
    /// stay), a removed row leaves the draft with its values. A concurrent save is taken into account, never overwritten.
    /// </summary>
    /// <param name="owner">Whose draft.</param>
    /// <param name="profileId">The profile.</param>
    /// <param name="kind">The framework.</param>
    /// <param name="itemKey">The goal whose change to take.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>
    /// The saved draft (unchanged when that goal had no change to take), or null when there is no draft or the canon no
    /// longer has the profile.
    /// </returns>
    public async Task<SaveResult?> AcceptCanonChangeAsync(DraftOwner owner, string profileId, FrameKind kind, string itemKey, CancellationToken cancellationToken)
    {
        var canon = responder.Canon;
        if (canon.FindProfile(profileId) is not { } profile
            || await store.GetAsync(owner, profile.Id, kind, cancellationToken).ConfigureAwait(false) is not { } draft)
        {
            return null;
        }

        for (var attempt = 0; ; attempt++)
        {
            var drift = DraftDrift.Check(draft, canon);
            if (!drift.Rows.Any(r => r.Row.ItemKey == itemKey && r is not RowDrift.Unchanged))
            {
                return new SaveResult.Saved(draft);
            }

            var opened = Open(canon, profile, kind, draft, itemKey);
            var removed = drift.Removed.Select(r => r.Row).Where(r => r.ItemKey != itemKey);
            var content = DraftContent.FromSheet(opened.Sheet, kind, draft.Content.Values, removed);
            if (content is null)
            {
                return null;
            }

            var result = await store.SaveAsync(owner, content, draft.Version, cancellationToken).ConfigureAwait(false);
            if (result is not SaveResult.Conflict { Latest: var latest } || attempt > 0)
            {
                return result;
            }

            draft = latest;
        }
    }

    /// <summary>
    /// One framework of a draft in the wording it was saved with, except for <paramref name="acceptedItem"/>, whose
    /// row takes the canon's current text.
    /// </summary>
    private OpenedDraft Open(ICanon canon, Profile profile, FrameKind kind, Draft? draft, string? acceptedItem)
    {
        if (draft is null)
        {
            return new OpenedDraft(engine.Build(canon, profile, [kind]), null, null);
        }

        var drift = DraftDrift.Check(draft, canon);
        var kept = acceptedItem is null ? drift : drift with { Rows = [.. drift.Rows.Where(r => r.Row.ItemKey != acceptedItem)] };
        var sheet = engine.Build(canon, DraftDrift.AsSaved(profile, kept), [kind], draft.Content.ToGoalValues());
        return new OpenedDraft(sheet, draft, drift);
    }
}
