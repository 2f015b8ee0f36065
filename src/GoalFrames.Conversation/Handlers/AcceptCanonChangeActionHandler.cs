using GoalFrames.Conversation.Outcomes;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Conversation.Actions;

namespace GoalFrames.Conversation.Handlers;

/// <summary>
/// Takes the canon's change to one goal into the presser's draft. Values typed on the same card and not yet saved are
/// saved first (a card sends its inputs with every button), under the same rules as Save.
/// </summary>
internal sealed class AcceptCanonChangeActionHandler(DraftEditor editor) : IActionHandler
{
    public string Action => ActionNames.AcceptCanonChange;

    public async Task<Outcome> HandleAsync(ConversationRequest request, GoalsAction action, CancellationToken cancellationToken)
    {
        var accept = (GoalsAction.AcceptCanonChange)action;
        if (Answering.RequireDirectMessage(request, out var owner) is { } refusal)
        {
            return refusal;
        }

        ReplyNotice? notice = null;
        if (accept.Values.Count > 0)
        {
            // A card that did not say which version it showed is taken to show the current one (the accept button is on it).
            var version = accept.Versions.TryGetValue(accept.Framework, out var v)
                ? v
                : (await editor.OpenAsync(owner, action.About, accept.ProfileId, accept.Framework, cancellationToken).ConfigureAwait(false))?.Draft?.Version ?? 0;
            var typed = await editor.EditAsync(owner, action.About, accept.ProfileId, accept.Framework, accept.Values, version, accept.Shown, cancellationToken).ConfigureAwait(false);
            if (typed is EditResult.Done { Conflicts.Count: > 0 } done)
            {
                notice = new ReplyNotice(ConversationWords.Conflicts(done.Conflicts, "Took the canon's change."));
            }
        }

        if (await editor.AcceptCanonChangeAsync(owner, action.About, accept.ProfileId, accept.Framework, accept.ItemKey, cancellationToken).ConfigureAwait(false) is not Engine.Drafts.SaveResult.Saved)
        {
            notice = new ReplyNotice("That draft is gone or changed elsewhere; this shows the latest.");
        }

        return await editor.ShowAsync(owner, action.About, accept.ProfileId, GoalsAction.KindsOf(accept.Kind), asText: false, cancellationToken).ConfigureAwait(false) is { } shown
            ? new Outcome.UpdateMessage(new Answer.Goals(shown with { Notice = notice }, ReplyMode.Editable) { Personal = true })
            : Answering.Tell(ConversationWords.ProfileGone(accept.ProfileId));
    }
}
