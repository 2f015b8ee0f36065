using GoalFrames.Conversation.Outcomes;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Conversation.Actions;

namespace GoalFrames.Conversation.Handlers;

/// <summary>
/// Sends the goals, editable and with the presser's saved values, to the presser's direct messages: one message (or
/// card set) per framework, so each saves on its own.
/// </summary>
internal sealed class EditInDirectMessageActionHandler(DraftEditor editor) : IActionHandler
{
    public string Action => ActionNames.EditInDirectMessage;

    public async Task<Outcome> HandleAsync(ConversationRequest request, GoalsAction action, CancellationToken cancellationToken)
    {
        var edit = (GoalsAction.EditInDirectMessage)action;
        if (request.Owner is not { } owner)
        {
            return Answering.Tell(ConversationWords.WhoAreYou);
        }

        var replies = new List<GoalsReply>();
        foreach (var kind in GoalsAction.KindsOf(edit.Kind))
        {
            if (await editor.ShowAsync(owner, action.About, edit.ProfileId, [kind], asText: false, cancellationToken).ConfigureAwait(false) is { Sheet.Sections.Count: > 0 } shown)
            {
                replies.Add(shown);
            }
        }

        return replies.Count == 0
            ? Answering.Tell(ConversationWords.ProfileGone(edit.ProfileId))
            : new Outcome.Several([new Outcome.SendDirectMessage(replies), Answering.Tell(ConversationWords.SentToDirectMessages)]);
    }
}
