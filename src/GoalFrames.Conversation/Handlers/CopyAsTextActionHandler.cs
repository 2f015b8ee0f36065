using GoalFrames.Conversation.Outcomes;
using GoalFrames.Engine.Conversation.Actions;

namespace GoalFrames.Conversation.Handlers;

/// <summary>
/// The "Copy / print as text" rendering with the presser's own values. It always answers privately: over the pressed
/// message only when that message is private, and as a private reply when pressed on a shared message.
/// </summary>
internal sealed class CopyAsTextActionHandler(GoalsLineHandler lines) : IActionHandler
{
    public string Action => ActionNames.CopyAsText;

    public async Task<Outcome> HandleAsync(ConversationRequest request, GoalsAction action, CancellationToken cancellationToken)
    {
        var asker = request.IsPrivate ? request : request with { Surface = SurfaceKind.PrivateInSharedConversation };
        var answer = await lines.AnswerAsync(asker, ((GoalsAction.CopyAsText)action).ToCommand(), cancellationToken).ConfigureAwait(false);
        return Answering.InPlace(request, answer);
    }
}
