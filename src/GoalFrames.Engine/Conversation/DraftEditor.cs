using GoalFrames.Engine.Drafts;
using GoalFrames.Engine.Sheets;

namespace GoalFrames.Engine.Conversation;

/// <summary>
/// Opens and saves an owner's draft of one framework of one profile, for any chat surface: the sheet comes with the
/// saved values in place, and a save merges the new values into the saved ones at the version the editor was opened on.
/// </summary>
public sealed class DraftEditor(IDraftStore store, GoalsResponder responder, FrameEngine engine)
{
    /// <summary>The sheet with the owner's saved values, and the draft (null when nothing was saved yet).</summary>
    /// <param name="owner">Whose draft.</param>
    /// <param name="profileId">The profile.</param>
    /// <param name="kind">The framework.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<(GoalSheet Sheet, Draft? Draft)?> OpenAsync(DraftOwner owner, string profileId, FrameKind kind, CancellationToken cancellationToken)
    {
        var canon = responder.Canon;
        if (canon.FindProfile(profileId) is not { } profile)
        {
            return null;
        }

        var draft = await store.GetAsync(owner, profile.Id, kind, cancellationToken).ConfigureAwait(false);

        // A draft keeps the canon text it was saved with: when HR has since changed a row, the saved wording stays.
        var shown = draft is null ? profile : DraftDrift.AsSaved(profile, DraftDrift.Check(draft, canon));
        var sheet = engine.Build(canon, shown, [kind], draft?.Content.ToGoalValues());
        return (sheet, draft);
    }

    /// <summary>Saves values over the draft at <paramref name="expectedVersion"/> (0: no draft yet); blank values clear a slot.</summary>
    /// <param name="owner">Whose draft.</param>
    /// <param name="profileId">The profile.</param>
    /// <param name="kind">The framework.</param>
    /// <param name="values">The values the manager submitted (only the slots they edited).</param>
    /// <param name="expectedVersion">The version the editor showed.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<SaveResult?> SaveAsync(DraftOwner owner, string profileId, FrameKind kind, IReadOnlyList<DraftValue> values, int expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(values);
        var opened = await OpenAsync(owner, profileId, kind, cancellationToken).ConfigureAwait(false);
        if (opened is not { } current)
        {
            return null;
        }

        if (current.Draft is { } draft && draft.Version != expectedVersion)
        {
            return new SaveResult.Conflict(draft);
        }

        var edited = values.Select(v => (v.ItemKey, v.Slot)).ToHashSet();
        var merged = (current.Draft?.Content.Values ?? []).Where(v => !edited.Contains((v.ItemKey, v.Slot))).Concat(values);
        var content = DraftContent.FromSheet(current.Sheet, kind, merged);
        return content is null ? null : await store.SaveAsync(owner, content, current.Draft?.Version ?? 0, cancellationToken).ConfigureAwait(false);
    }
}
