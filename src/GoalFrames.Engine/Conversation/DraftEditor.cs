using GoalFrames.Canon;
using GoalFrames.Engine.Drafts;
using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Engine.Sheets;

namespace GoalFrames.Engine.Conversation;

/// <summary>
/// Opens, shows and saves an owner's drafts of a profile, for any chat surface. A draft keeps the canon text it was
/// saved with: when HR rewords a row the draft shows its saved wording (and the reply says what the canon reads now),
/// and when HR removes a row the draft keeps it with its values. Only <see cref="AcceptCanonChangeAsync"/> takes a
/// change in, one goal at a time, when the manager asks.
/// </summary>
public sealed class DraftEditor(IDraftStore store, GoalsResponder responder, FrameEngine engine, ISentGoalsStore sent)
{
    /// <summary>The sheet of one framework with the owner's saved values, the draft and its drift.</summary>
    /// <param name="owner">Whose draft.</param>
    /// <param name="about">The person the draft is about, or null for a draft about nobody.</param>
    /// <param name="profileId">The profile.</param>
    /// <param name="kind">The framework.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The opened draft, or null when the canon no longer has the profile.</returns>
    public async Task<OpenedDraft?> OpenAsync(DraftOwner owner, DraftSubject? about, string profileId, FrameKind kind, CancellationToken cancellationToken)
    {
        var canon = responder.Canon;
        if (FindProfile(profileId) is not { } profile)
        {
            return null;
        }

        var draft = await store.GetAsync(owner, about, profile.Id, kind, cancellationToken).ConfigureAwait(false);
        return Open(canon, profile, kind, draft, acceptedItem: null);
    }

    /// <summary>
    /// The frameworks of a profile as the owner's drafts have them: saved values in place, saved wording kept, and the
    /// drift of every draft for the surface to show.
    /// </summary>
    /// <param name="owner">Whose drafts.</param>
    /// <param name="about">The person the drafts are about, or null for drafts about nobody.</param>
    /// <param name="profileId">The profile.</param>
    /// <param name="kinds">The frameworks to show.</param>
    /// <param name="asText">True for the "Copy / print as text" rendering.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The reply, or null when the canon no longer has the profile.</returns>
    public async Task<GoalsReply.Frames?> ShowAsync(DraftOwner owner, DraftSubject? about, string profileId, IReadOnlyList<FrameKind> kinds, bool asText, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        var canon = responder.Canon;
        if (FindProfile(profileId) is not { } profile)
        {
            return null;
        }

        var opened = new List<OpenedDraft>();
        foreach (var kind in FrameKinds.Every.Where(kinds.Contains))
        {
            var draft = await store.GetAsync(owner, about, profile.Id, kind, cancellationToken).ConfigureAwait(false);
            opened.Add(Open(canon, profile, kind, draft, acceptedItem: null));
        }

        return Compose(canon, profile, about, kinds, opened, asText) with { Sent = await SentAsync(owner, about, profile.Id, cancellationToken).ConfigureAwait(false) };
    }

    /// <summary>As <see cref="Compose"/>, with what the owner last sent the person (for the card's status and Send button).</summary>
    /// <param name="owner">Whose drafts.</param>
    /// <param name="canon">The canon they were opened from.</param>
    /// <param name="profile">The profile.</param>
    /// <param name="about">The person the drafts are about, or null.</param>
    /// <param name="kinds">The frameworks asked for.</param>
    /// <param name="opened">The opened frameworks, in framework order.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<GoalsReply.Frames> ComposeAsync(DraftOwner owner, ICanon canon, Profile profile, DraftSubject? about, IReadOnlyList<FrameKind> kinds, IReadOnlyList<OpenedDraft> opened, CancellationToken cancellationToken) =>
        Compose(canon, profile, about, kinds, opened, asText: false) with { Sent = await SentAsync(owner, about, profile.Id, cancellationToken).ConfigureAwait(false) };

    /// <summary>
    /// Frameworks already opened, as one reply: each framework in its own draft's wording, the sections reading as one
    /// sheet, with every draft's version and drift for the surface.
    /// </summary>
    /// <param name="canon">The canon they were opened from.</param>
    /// <param name="profile">The profile.</param>
    /// <param name="about">The person the drafts are about, or null; every button of the reply carries it.</param>
    /// <param name="kinds">The frameworks asked for.</param>
    /// <param name="opened">The opened frameworks, in framework order.</param>
    /// <param name="asText">True for the "Copy / print as text" rendering.</param>
    public GoalsReply.Frames Compose(ICanon canon, Profile profile, DraftSubject? about, IReadOnlyList<FrameKind> kinds, IReadOnlyList<OpenedDraft> opened, bool asText)
    {
        ArgumentNullException.ThrowIfNull(opened);
        var sheet = opened.Count == 0
            ? Build(canon, profile, kinds, null)
            : opened[0].Sheet with
            {
                Profile = profile,
                Sections = [.. opened.SelectMany(o => o.Sheet.Sections)],
                Omissions = [.. opened.SelectMany(o => o.Sheet.Omissions)],
            };
        var versions = opened.SelectMany(o => o.Sheet.Sections.Select(s => (s.Kind, Version: o.Draft?.Version ?? 0))).ToDictionary(v => v.Kind, v => v.Version);
        return new GoalsReply.Frames(sheet, kinds, asText) { Drift = [.. opened.Select(o => o.Drift).OfType<DriftReport>()], Versions = versions, About = about };
    }

    /// <summary>
    /// Goals as they were sent: each framework of the snapshot in the wording and with the values it was sent with,
    /// whatever the canon or the manager's drafts read now.
    /// </summary>
    /// <param name="sent">What was sent.</param>
    /// <returns>The reply, or null when the canon no longer has the profile.</returns>
    public GoalsReply.Frames? ShowSent(SentGoals sent)
    {
        ArgumentNullException.ThrowIfNull(sent);
        var canon = responder.Canon;
        if (FindProfile(sent.ProfileId) is not { } profile)
        {
            return null;
        }

        var opened = sent.Snapshot
            .OrderBy(c => FrameKinds.Every.ToList().IndexOf(c.Framework))
            .Select(content => Open(canon, profile, content.Framework, new Draft(sent.Id, sent.Manager, content, sent.Sends, sent.SentAt, sent.SentAt), acceptedItem: null))
            .ToList();
        var kinds = opened.SelectMany(o => o.Sheet.Sections.Select(s => s.Kind)).ToList();
        return Compose(canon, profile, sent.Subject, kinds, opened, asText: false) with { Drift = [], Versions = new Dictionary<FrameKind, int>(), Sent = sent };
    }

    /// <summary>
    /// Saves what a manager typed into the blanks of one framework, reading the draft once and building its sheet once.
    /// On a surface built from the draft's current version every typed value is written (a blank clears its slot). On
    /// an out-of-date surface only the blanks the manager changed are written, and only where nobody else changed the
    /// same blank meanwhile (told apart by <paramref name="shown"/>); the others are reported, never overwritten.
    /// </summary>
    /// <param name="owner">Whose draft.</param>
    /// <param name="about">The person the draft is about, or null for a draft about nobody.</param>
    /// <param name="profileId">The profile.</param>
    /// <param name="kind">The framework.</param>
    /// <param name="typed">The values of the inputs the surface showed, for this framework.</param>
    /// <param name="version">The draft version the surface was built from (0: no draft then), or null when unknown.</param>
    /// <param name="shown">The fingerprint of the value each input showed, by input id; empty when unknown.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<EditResult> EditAsync(
        DraftOwner owner, DraftSubject? about, string profileId, FrameKind kind, IReadOnlyList<DraftValue> typed, int? version, IReadOnlyDictionary<string, string> shown, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(shown);
        var canon = responder.Canon;
        if (FindProfile(profileId) is not { } profile)
        {
            return new EditResult.Gone();
        }

        for (var attempt = 0; ; attempt++)
        {
            var draft = await store.GetAsync(owner, about, profile.Id, kind, cancellationToken).ConfigureAwait(false);
            if (draft is null && version > 0)
            {
                return new EditResult.Deleted();
            }

            var current = (draft?.Content.Values ?? []).ToDictionary(v => GoalInputs.Id(v.ItemKey, v.Slot), v => v.Value, StringComparer.Ordinal);
            var upToDate = version is { } v && (draft?.Version ?? 0) == v;
            var edits = new List<DraftValue>();
            var conflicts = new List<SlotConflict>();
            foreach (var value in typed.Where(t => GoalInputs.FrameworkOf(t.ItemKey) == kind))
            {
                var id = GoalInputs.Id(value.ItemKey, value.Slot);
                var saved = current.GetValueOrDefault(id) ?? string.Empty;
                if (string.Equals(value.Value.Trim(), saved.Trim(), StringComparison.Ordinal))
                {
                    continue;
                }

                if (upToDate || draft is null)
                {
                    edits.Add(value);
                }
                else if (shown.TryGetValue(id, out var before))
                {
                    if (SlotFingerprint.Of(value.Value) == before)
                    {
                        continue;
                    }

                    if (SlotFingerprint.Of(saved) == before)
                    {
                        edits.Add(value);
                    }
                    else
                    {
                        conflicts.Add(new SlotConflict(value, saved));
                    }
                }
                else
                {
                    conflicts.Add(new SlotConflict(value, saved));
                }
            }

            var editedIds = edits.Select(e => GoalInputs.Id(e.ItemKey, e.Slot)).ToHashSet(StringComparer.Ordinal);
            var merged = (draft?.Content.Values ?? []).Where(v => !editedIds.Contains(GoalInputs.Id(v.ItemKey, v.Slot))).Concat(edits.Select(e => e with { Value = e.Value.Trim() })).ToList();
            var opened = draft is null
                ? new OpenedDraft(Build(canon, profile, [kind], new GoalValues(merged.Select(m => (m.ItemKey, m.Slot, m.Value)))), null, null)
                : Open(canon, profile, kind, draft with { Content = draft.Content with { Values = merged } }, acceptedItem: null);
            if (edits.Count == 0 || (draft is null && merged.All(m => string.IsNullOrWhiteSpace(m.Value))))
            {
                return new EditResult.Done(opened with { Draft = draft }, Changed: false, conflicts);
            }

            var content = DraftContent.FromSheet(opened.Sheet, kind, merged, opened.Drift?.Removed.Select(r => r.Row)) is { } built ? built with { About = about } : null;
            if (content is null)
            {
                return new EditResult.Gone();
            }

            switch (await store.SaveAsync(owner, content, draft?.Version ?? 0, cancellationToken).ConfigureAwait(false))
            {
                case SaveResult.Saved saved:
                    return new EditResult.Done(opened with { Draft = saved.Draft }, Changed: true, conflicts);
                case SaveResult.NotFound:
                    return new EditResult.Deleted();
                case SaveResult.Conflict when attempt < 2:
                    // Saved elsewhere between the read and the write: read again and merge on top of that.
                    version ??= draft?.Version ?? 0;
                    continue;
                default:
                    return new EditResult.Done(opened with { Draft = draft }, Changed: false, [.. edits.Select(e => new SlotConflict(e, current.GetValueOrDefault(GoalInputs.Id(e.ItemKey, e.Slot)) ?? string.Empty))]);
            }
        }
    }

    /// <summary>
    /// Clears every value of the owner's draft of one framework; the draft stays, with its rows, so that it can be
    /// filled in again and an undo can put the values back.
    /// </summary>
    /// <param name="owner">Whose draft.</param>
    /// <param name="about">The person the draft is about, or null for a draft about nobody.</param>
    /// <param name="profileId">The profile.</param>
    /// <param name="kind">The framework.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The values cleared (none when there were none to clear).</returns>
    public async Task<IReadOnlyList<DraftValue>> ClearAsync(DraftOwner owner, DraftSubject? about, string profileId, FrameKind kind, CancellationToken cancellationToken)
    {
        var canon = responder.Canon;
        if (FindProfile(profileId) is not { } profile)
        {
            return [];
        }

        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (await store.GetAsync(owner, about, profile.Id, kind, cancellationToken).ConfigureAwait(false) is not { Content.Values.Count: > 0 } draft)
            {
                return [];
            }

            if (await store.SaveAsync(owner, draft.Content with { Values = [] }, draft.Version, cancellationToken).ConfigureAwait(false) is SaveResult.Saved)
            {
                return draft.Content.Values;
            }
        }

        return [];
    }

    /// <summary>Saves values over the draft at <paramref name="expectedVersion"/> (0: no draft yet); blank values clear a slot.</summary>
    /// <param name="owner">Whose draft.</param>
    /// <param name="about">The person the draft is about, or null for a draft about nobody.</param>
    /// <param name="profileId">The profile.</param>
    /// <param name="kind">The framework.</param>
    /// <param name="values">The values the manager submitted (only the slots they edited).</param>
    /// <param name="expectedVersion">The version the editor showed.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What happened, or null when the canon no longer has the profile or the framework.</returns>
    public async Task<SaveResult?> SaveAsync(DraftOwner owner, DraftSubject? about, string profileId, FrameKind kind, IReadOnlyList<DraftValue> values, int expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(values);
        var opened = await OpenAsync(owner, about, profileId, kind, cancellationToken).ConfigureAwait(false);
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
        var content = DraftContent.FromSheet(opened.Sheet, kind, merged, removed) is { } built ? built with { About = about } : null;

        // With no draft left, a save that named a version finds it gone (forgotten or purged) rather than starting over.
        return content is null ? null : await store.SaveAsync(owner, content, opened.Draft?.Version ?? expectedVersion, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Takes the canon's change to one goal into the owner's draft: a reworded row takes the current text (its values
    /// stay), a removed row leaves the draft with its values. A concurrent save is taken into account, never overwritten.
    /// </summary>
    /// <param name="owner">Whose draft.</param>
    /// <param name="about">The person the draft is about, or null for a draft about nobody.</param>
    /// <param name="profileId">The profile.</param>
    /// <param name="kind">The framework.</param>
    /// <param name="itemKey">The goal whose change to take.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>
    /// The saved draft (unchanged when that goal had no change to take), or null when there is no draft or the canon no
    /// longer has the profile.
    /// </returns>
    public async Task<SaveResult?> AcceptCanonChangeAsync(DraftOwner owner, DraftSubject? about, string profileId, FrameKind kind, string itemKey, CancellationToken cancellationToken)
    {
        var canon = responder.Canon;
        if (FindProfile(profileId) is not { } profile
            || await store.GetAsync(owner, about, profile.Id, kind, cancellationToken).ConfigureAwait(false) is not { } draft)
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
            var content = DraftContent.FromSheet(opened.Sheet, kind, draft.Content.Values, removed) is { } built ? built with { About = draft.Content.About } : null;
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
    /// The profile a draft is kept under: a canon profile, or, for a growth pair id (<c>FAMILY.FOCUS.From..To</c>), the
    /// profile that stands for the pair (see <see cref="Sheets.GoalSheet.Growth"/>). Null when the canon has neither.
    /// </summary>
    /// <param name="profileId">The profile or pair id.</param>
    public Profile? FindProfile(string profileId)
    {
        ArgumentNullException.ThrowIfNull(profileId);
        return responder.Canon.FindProfile(profileId) ?? (GrowthPair.IsPairId(profileId) ? Growth(profileId, null)?.Profile : null);
    }

    /// <summary>What the owner last sent the person about the profile, or null.</summary>
    private async Task<SentGoals?> SentAsync(DraftOwner owner, DraftSubject? about, string profileId, CancellationToken cancellationToken) =>
        about is null ? null : await sent.FindAsync(owner, about.UserId, profileId, cancellationToken).ConfigureAwait(false);

    /// <summary>The sheet of a profile's frameworks, or of a growth pair.</summary>
    private GoalSheet Build(ICanon canon, Profile profile, IReadOnlyCollection<FrameKind> kinds, GoalValues? values) =>
        GrowthPair.IsPairId(profile.Id) ? Growth(profile.Id, values) ?? engine.Build(canon, profile, [], values) : engine.Build(canon, profile, kinds, values);

    private GoalSheet? Growth(string pairId, GoalValues? values) => engine.BuildGrowth(responder.Canon, pairId, values);

    /// <summary>
    /// One framework of a draft in the wording it was saved with, except for <paramref name="acceptedItem"/>, whose
    /// row takes the canon's current text.
    /// </summary>
    private OpenedDraft Open(ICanon canon, Profile profile, FrameKind kind, Draft? draft, string? acceptedItem)
    {
        if (draft is null || GrowthPair.IsPairId(profile.Id))
        {
            // A growth draft follows the current canon: its values stay with their entries, whose text is always today's.
            return new OpenedDraft(Build(canon, profile, [kind], draft?.Content.ToGoalValues()), draft, null);
        }

        var drift = DraftDrift.Check(draft, canon);
        var kept = acceptedItem is null ? drift : drift with { Rows = [.. drift.Rows.Where(r => r.Row.ItemKey != acceptedItem)] };
        var sheet = engine.Build(canon, DraftDrift.AsSaved(profile, kept), [kind], draft.Content.ToGoalValues());
        return new OpenedDraft(sheet, draft, drift);
    }
}
