using GoalFrames.Conversation.Outcomes;
using GoalFrames.Conversation.Platforms;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Engine.Drafts;

namespace GoalFrames.Conversation.Handlers;

/// <summary>
/// The person asks their manager a question about goals sent to them: it goes to the manager as a direct message with a
/// button that opens the goals. Only the person they were sent to can ask.
/// </summary>
internal sealed class AskQuestionActionHandler(DraftEditor editor, ISentGoalsStore sent, PersonMessengers messengers) : IActionHandler
{
    public string Action => ActionNames.AskQuestion;

    public async Task<Outcome> HandleAsync(ConversationRequest request, GoalsAction action, CancellationToken cancellationToken)
    {
        var ask = (GoalsAction.AskQuestion)action;
        var found = await SentAnswering.FindAsync(request, sent, ask.Sent, sends: null, cancellationToken).ConfigureAwait(false);
        if (found.Refusal is { } refusal)
        {
            return refusal;
        }

        if (string.IsNullOrWhiteSpace(ask.Question))
        {
            return Answering.Tell(SentWords.TypeAQuestion);
        }

        var goals = found.Sent!;
        var manager = new DraftSubject(goals.Manager.UserId, goals.ManagerName);
        var question = new Answer.Words(SentWords.Question(goals, editor.FindProfile(goals.ProfileId), ask.Question)) { Buttons = [SentAnswering.Open(goals)] };
        return await messengers.SendAsync(goals.Manager, manager, question, cancellationToken).ConfigureAwait(false) is Delivery.Unreachable unreachable
            ? Answering.Tell($"I couldn't pass your question on: {unreachable.Reason}")
            : Answering.Tell(SentWords.QuestionSent(goals));
    }
}
