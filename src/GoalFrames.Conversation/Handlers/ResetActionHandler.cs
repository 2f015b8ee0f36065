using GoalFrames.Conversation.Outcomes;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Engine.Drafts;

namespace GoalFrames.Conversation.Handlers;

/// <summary>
/// Reset, the same on every surface: it asks first (unless the surface's own dialog already asked), then clears every
/// value of the frameworks shown. The drafts stay, with no values, and the answer offers Undo, which puts the values
/// back into blanks that are still empty.
/// </summary>
internal sealed class ResetActionHandler(DraftEditor editor) : IActionHandler
{
    public string Action => ActionNames.Reset;

    public async Task<Outcome> HandleAsync(ConversationRequest request, GoalsAction action, CancellationToken cancellationToken)
    {
        var reset = (GoalsAction.Reset)action;
        if (Answering.RequireDirectMessage(request, out var owner) is { } refusal)
        {
            return refusal;
        }

        if (editor.FindProfile(reset.ProfileId) is not { } profile)
        {
            return Answering.Tell(ConversationWords.ProfileGone(reset.ProfileId));
        }

        var kinds = GoalsAction.KindsOf(reset.Kind);
        ReplyNotice notice;
        if (!reset.Confirmed)
        {
            notice = new ReplyNotice(ConversationWords.ConfirmReset(profile, kinds),
            [
                new ReplyNotice.Button("Yes, clear them", reset with { Confirmed = true }, Danger: true),
                new ReplyNotice.Button("Keep them", new GoalsAction.Refresh(reset.ProfileId, reset.Kind) { About = reset.About }),
            ]);
        }
        else
        {
            var cleared = new List<DraftValue>();
            foreach (var kind in kinds)
            {
                cleared.AddRange(await editor.ClearAsync(owner, action.About, profile.Id, kind, cancellationToken).ConfigureAwait(false));
            }

            notice = cleared.Count == 0
                ? new ReplyNotice(ConversationWords.NothingToClear)
                : new ReplyNotice(ConversationWords.Cleared(cleared.Count), [new ReplyNotice.Button("Undo", new GoalsAction.UndoReset(reset.ProfileId, reset.Kind, cleared) { About = reset.About })]);
        }

        if (await editor.ShowAsync(owner, action.About, profile.Id, kinds, asText: false, cancellationToken).ConfigureAwait(false) is not { } shown)
        {
            return Answering.Tell(ConversationWords.ProfileGone(reset.ProfileId));
        }

        return new Outcome.UpdateMessage(new Answer.Goals(shown with { Notice = notice }, ReplyMode.Editable) { Personal = true });
    }
}
