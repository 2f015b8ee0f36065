using GoalFrames.Conversation.Outcomes;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Conversation.Actions;

namespace GoalFrames.Conversation.Handlers;

/// <summary>Opens a dialog with one goal's blanks, filled with the saved values, carrying the draft version it showed.</summary>
internal sealed class EditGoalActionHandler(DraftEditor editor) : IActionHandler
{
    public string Action => ActionNames.EditGoal;

    public async Task<Outcome> HandleAsync(ConversationRequest request, GoalsAction action, CancellationToken cancellationToken)
    {
        var edit = (GoalsAction.EditGoal)action;
        if (Answering.RequireDirectMessage(request, out var owner) is { } refusal)
        {
            return refusal;
        }

        if (GoalInputs.FrameworkOf(edit.ItemKey) is not { } kind
            || await editor.OpenAsync(owner, action.About, edit.ProfileId, kind, cancellationToken).ConfigureAwait(false) is not { } opened
            || opened.Sheet.Section(kind)?.Items.Any(i => i.Key == edit.ItemKey) != true)
        {
            return Answering.Tell("This goal can't be edited any more; ask for the goals again.");
        }

        return new Outcome.OpenEditor(opened, edit);
    }
}
