using GoalFrames.Conversation.Platforms;
using System.Text.Json;
using GoalFrames.Conversation;
using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Teams.Activities;
using GoalFrames.Teams.State;
using Microsoft.Extensions.Logging;

namespace GoalFrames.Teams.Turns;

/// <summary>
/// A message to the bot: the words (mention stripped, entities decoded) go to the conversation core as a typed line. A
/// message with a value and no words is an <c>Action.Submit</c> (the fallback of every card button), handled like the
/// invoke, its outcome sent as messages.
/// </summary>
internal sealed partial class MessageHandler(ConversationCore core, TeamsOutcomes outcomes, IConversationReferenceStore references, ILogger<MessageHandler> logger)
{
    public async Task HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        await RememberAsync(activity, cancellationToken).ConfigureAwait(false);

        var request = TeamsIdentity.RequestOf(activity);
        var text = MentionText.Of(activity);
        if (activity.Value is { ValueKind: JsonValueKind.Object } value && text.Length == 0)
        {
            switch (ActionPayloads.Read(value))
            {
                case ActionReadResult.Accepted accepted:
                    await outcomes.SendAsync(activity, accepted.Action, await core.ActionAsync(request, accepted.Action, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                    return;
                case ActionReadResult.Rejected rejected:
                    await outcomes.SendAsync(activity, null, ConversationCore.Unreadable(request, rejected.Reason), cancellationToken).ConfigureAwait(false);
                    return;
            }
        }

        await outcomes.SendAsync(activity, null, await core.LineAsync(request, text, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Keeps the conversation reference; a store that fails is logged, and the person is answered all the same.</summary>
    private async Task RememberAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (ConversationReferences.Of(activity) is not { } reference)
        {
            return;
        }

        try
        {
            await references.SaveAsync(reference, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogReferenceFailed(logger, ex, reference.ConversationId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Teams: the conversation reference of {Conversation} could not be stored; answering anyway")]
    private static partial void LogReferenceFailed(ILogger logger, Exception exception, string conversation);
}
