using GoalFrames.Conversation.Outcomes;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Engine.Drafts;
using GoalFrames.Engine.Pieces;

namespace GoalFrames.Conversation.Handlers;

/// <summary>
/// Saves the values of the inputs a card or dialog showed, and only those: per framework, one read, one sheet build and
/// one write. A stale surface never overwrites a blank changed elsewhere; the answer shows the latest values and repeats
/// what the person typed that could not be saved. The answer replaces the pressed card (or, from a dialog, the message
/// the dialog was opened from) and shows only the frameworks that card showed.
/// </summary>
internal sealed class SaveActionHandler(GoalsResponder responder, DraftEditor editor) : IActionHandler
{
    public string Action => ActionNames.Save;

    public async Task<Outcome> HandleAsync(ConversationRequest request, GoalsAction action, CancellationToken cancellationToken)
    {
        var save = (GoalsAction.Save)action;
        if (Answering.RequireDirectMessage(request, out var owner) is { } refusal)
        {
            return refusal;
        }

        if (Check(save.Values) is { Count: > 0 } errors)
        {
            return request.InDialog ? new Outcome.DialogErrors(errors) : Answering.Tell(string.Join(" ", errors.Values.Distinct()));
        }

        var canon = responder.Canon;
        if (editor.FindProfile(save.ProfileId) is not { } profile)
        {
            return Refuse(request, save, ConversationWords.ProfileGone(save.ProfileId));
        }

        var kinds = GoalsAction.KindsOf(save.Kind);
        var opened = new List<OpenedDraft>();
        var conflicts = new List<SlotConflict>();
        var changed = false;
        foreach (var kind in kinds)
        {
            var version = save.Versions.TryGetValue(kind, out var v) ? v : (int?)null;
            switch (await editor.EditAsync(owner, action.About, profile.Id, kind, save.Values, version, save.Shown, cancellationToken).ConfigureAwait(false))
            {
                case EditResult.Done done:
                    opened.Add(done.Opened);
                    conflicts.AddRange(done.Conflicts);
                    changed |= done.Changed;
                    break;
                case EditResult.Deleted:
                    return Refuse(request, save, ConversationWords.DraftDeleted + Typed(save.Values));
                case EditResult.Gone:
                    // A framework the profile has no rows for (left out): nothing to save there.
                    break;
            }
        }

        if (opened.Count == 0)
        {
            return Refuse(request, save, ConversationWords.ProfileGone(save.ProfileId));
        }

        var notice = conflicts.Count > 0
            ? new ReplyNotice(ConversationWords.Conflicts(conflicts, changed ? ConversationWords.Saved(conflicts.Count) : "Nothing was saved."))
            : changed ? new ReplyNotice(ConversationWords.Saved(0)) : null;
        var reply = (await editor.ComposeAsync(owner, canon, profile, action.About, kinds, [.. opened.Where(o => o.Sheet.Sections.Count > 0)], cancellationToken).ConfigureAwait(false)) with { Notice = notice };
        var update = new Outcome.UpdateMessage(new Answer.Goals(reply, ReplyMode.Editable) { Personal = true });
        if (request.InDialog && conflicts.Count > 0)
        {
            var first = conflicts[0].Typed;
            return new Outcome.Several([update, new Outcome.DialogErrors(new Dictionary<string, string>
            {
                [GoalInputs.Id(first.ItemKey, first.Slot)] = "Changed elsewhere since you opened this; the message now shows the latest. Close this and choose Edit again.",
            })]);
        }

        return update;
    }

    /// <summary>What is wrong with each value, by input id: dates that are not dates, values over the limit.</summary>
    public static Dictionary<string, string> Check(IReadOnlyList<DraftValue> values)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var id = GoalInputs.Id(value.ItemKey, value.Slot);
            if (value.Value.Length > GoalInputs.MaxValueLength)
            {
                errors[id] = $"Keep it under {GoalInputs.MaxValueLength} characters.";
            }
            else if (GoalInputs.KindOf(value.Slot) == PlaceholderKind.Date && !string.IsNullOrWhiteSpace(value.Value) && !GoalInputs.IsDate(value.Value.Trim()))
            {
                errors[id] = "Use a date like 2027-03-31.";
            }
        }

        return errors;
    }

    private static Outcome Refuse(ConversationRequest request, GoalsAction.Save save, string words)
    {
        if (!request.InDialog)
        {
            return Answering.Tell(words);
        }

        var first = save.Values.Count > 0 ? GoalInputs.Id(save.Values[0].ItemKey, save.Values[0].Slot) : "none";
        return new Outcome.DialogErrors(new Dictionary<string, string> { [first] = words });
    }

    private static string Typed(IReadOnlyList<DraftValue> values)
    {
        var typed = values.Where(v => !string.IsNullOrWhiteSpace(v.Value)).Take(10).Select(v => $"{v.ItemKey} {v.Slot}: \"{v.Value}\"").ToList();
        return typed.Count == 0 ? string.Empty : " What you typed: " + string.Join("; ", typed) + ".";
    }
}
