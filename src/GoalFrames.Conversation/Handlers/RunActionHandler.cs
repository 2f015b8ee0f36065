using GoalFrames.Conversation.Outcomes;
using GoalFrames.Engine.Conversation.Actions;

namespace GoalFrames.Conversation.Handlers;

/// <summary>A button that runs a <c>goals</c> line (help examples, level choices, did-you-mean): answered as if typed.</summary>
internal sealed class RunActionHandler(GoalsLineHandler lines) : IActionHandler
{
    public string Action => ActionNames.Run;

    public async Task<Outcome> HandleAsync(ConversationRequest request, GoalsAction action, CancellationToken cancellationToken)
    {
        var run = (GoalsAction.Run)action;
        var command = run.ToCommand();
        if (command.IsAboutDrafts)
        {
            return (await lines.HandleAsync(request, run.Line, cancellationToken).ConfigureAwait(false)) is Outcome.Reply { Answer: var words }
                ? Answering.InPlace(request, words)
                : Answering.Tell(ConversationWords.MineIsPrivate);
        }

        return Answering.InPlace(request, await lines.AnswerAsync(request, command, cancellationToken).ConfigureAwait(false));
    }
}
