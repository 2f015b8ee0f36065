using GoalFrames.Conversation.Outcomes;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Conversation.Actions;

namespace GoalFrames.Conversation.Handlers;

/// <summary>Puts back what a reset cleared, into the blanks that are still empty; a blank filled since keeps its new value.</summary>
internal sealed class UndoResetActionHandler(GoalsResponder responder, DraftEditor editor) : IActionHandler
{
    private static readonly string EmptyFingerprint = SlotFingerprint.Of(string.Empty);

    public string Action => ActionNames.UndoReset;

    public async Task<Outcome> HandleAsync(ConversationRequest request, GoalsAction action, CancellationToken cancellationToken)
    {
        var undo = (GoalsAction.UndoReset)action;
        if (Answering.RequireDirectMessage(request, out var owner) is { } refusal)
        {
            return refusal;
        }

        var canon = responder.Canon;
        if (editor.FindProfile(undo.ProfileId) is not { } profile)
        {
            return Answering.Tell(ConversationWords.ProfileGone(undo.ProfileId));
        }

        var shown = undo.Restore.ToDictionary(v => GoalInputs.Id(v.ItemKey, v.Slot), _ => EmptyFingerprint, StringComparer.Ordinal);
        var opened = new List<OpenedDraft>();
        var restored = 0;
        var kept = new List<SlotConflict>();
        foreach (var kind in GoalsAction.KindsOf(undo.Kind))
        {
            if (await editor.EditAsync(owner, action.About, profile.Id, kind, undo.Restore, version: null, shown, cancellationToken).ConfigureAwait(false) is EditResult.Done done)
            {
                opened.Add(done.Opened);
                kept.AddRange(done.Conflicts);
                restored += done.Changed ? undo.Restore.Count(r => GoalInputs.FrameworkOf(r.ItemKey) == kind) - done.Conflicts.Count : 0;
            }
        }

        var words = kept.Count == 0 ? ConversationWords.Restored(restored) : ConversationWords.Conflicts(kept, ConversationWords.Restored(restored));
        var reply = (await editor.ComposeAsync(owner, canon, profile, action.About, GoalsAction.KindsOf(undo.Kind), [.. opened.Where(o => o.Sheet.Sections.Count > 0)], cancellationToken).ConfigureAwait(false)) with { Notice = new ReplyNotice(words) };
        return new Outcome.UpdateMessage(new Answer.Goals(reply, ReplyMode.Editable) { Personal = true });
    }
}
