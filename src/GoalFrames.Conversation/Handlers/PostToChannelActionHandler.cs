using GoalFrames.Conversation.Outcomes;
using GoalFrames.Engine.Commands;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Conversation.Actions;

namespace GoalFrames.Conversation.Handlers;

/// <summary>
/// Posts the goals, read-only and without anyone's values, for everyone in the conversation — once: a message that is
/// already shared is not posted again.
/// </summary>
internal sealed class PostToChannelActionHandler(GoalsResponder responder) : IActionHandler
{
    public string Action => ActionNames.PostToChannel;

    public Task<Outcome> HandleAsync(ConversationRequest request, GoalsAction action, CancellationToken cancellationToken)
    {
        var post = (GoalsAction.PostToChannel)action;
        var outcome = request.Surface switch
        {
            SurfaceKind.SharedConversation => Answering.Tell(ConversationWords.AlreadyPosted),
            SurfaceKind.DirectMessage => Answering.Tell(ConversationWords.PostFromChannel),
            _ => responder.Respond(new GoalsCommand.ShowFrames(new ProfileTarget(post.ProfileId, null), GoalsAction.KindsOf(post.Kind), AsText: false)) is GoalsReply.Frames frames
                ? new Outcome.Several([new Outcome.PostToConversation(frames), Answering.Tell("Posted for everyone here.")])
                : Answering.Tell(ConversationWords.ProfileGone(post.ProfileId)),
        };
        return Task.FromResult(outcome);
    }
}
