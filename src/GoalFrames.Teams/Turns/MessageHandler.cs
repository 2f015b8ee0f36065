using System.Globalization;
using System.Text.Json;
using GoalFrames.Engine.Commands;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Engine.Drafts;
using GoalFrames.Teams.Activities;
using GoalFrames.Teams.State;

namespace GoalFrames.Teams.Turns;

/// <summary>
/// A message to the bot: the words (mention stripped, entities decoded) are read with the shared <c>goals</c> grammar and
/// answered with cards in the same conversation. A message with a value and no words is an <c>Action.Submit</c> (the
/// fallback of every card button), handled like the invoke, with the replacement card PUT over the pressed one.
/// </summary>
internal sealed class MessageHandler(
    GoalsAnswers answers,
    CardActions actions,
    TurnReplier replier,
    UserRateLimiter limiter,
    IConversationReferenceStore references)
{
    public async Task HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (ConversationReferences.Of(activity) is { } reference)
        {
            await references.SaveAsync(reference, cancellationToken).ConfigureAwait(false);
        }

        var text = MentionText.Of(activity);
        if (activity.Value is { ValueKind: JsonValueKind.Object } value && text.Length == 0)
        {
            await HandleSubmitAsync(activity, value, cancellationToken).ConfigureAwait(false);
            return;
        }

        var wait = limiter.TryAcquire($"teams:{ConversationReferences.TenantOf(activity)}:{activity.From?.AadObjectId ?? activity.From?.Id}");
        if (wait > TimeSpan.Zero)
        {
            var seconds = Math.Ceiling(wait.TotalSeconds).ToString("0", CultureInfo.InvariantCulture);
            await replier.ReplyAsync(activity, [TeamsReplies.Text($"You're asking quickly; give it {seconds} seconds and try again.")], cancellationToken).ConfigureAwait(false);
            return;
        }

        var replies = await answers.AnswerAsync(activity, GoalsCommandParser.Parse(text), TeamsReplies.ModeFor(activity), cancellationToken).ConfigureAwait(false);
        await replier.ReplyAsync(activity, replies, cancellationToken).ConfigureAwait(false);
    }

    private async Task HandleSubmitAsync(Activity activity, JsonElement value, CancellationToken cancellationToken)
    {
        var outcome = ActionPayloads.Read(value) switch
        {
            ActionReadResult.Accepted accepted => await actions.DecideAsync(activity, accepted.Action, cancellationToken).ConfigureAwait(false),
            ActionReadResult.Rejected rejected => new ActionOutcome.Refused(rejected.Reason),
            _ => new ActionOutcome.Refused("That button sent nothing GoalFrames can read."),
        };
        var reply = activity with { Id = null };
        switch (outcome)
        {
            case ActionOutcome.Cards { Replies.Count: > 0 } cards:
                var rest = cards.Replies.Select(TeamsReplies.Card).ToList();
                if (!string.IsNullOrEmpty(activity.ReplyToId) && await replier.UpdateAsync(activity, activity.ReplyToId, rest[0], cancellationToken).ConfigureAwait(false))
                {
                    rest.RemoveAt(0);
                }

                await replier.ReplyAsync(reply, rest, cancellationToken).ConfigureAwait(false);
                break;
            case ActionOutcome.Message message:
                await replier.ReplyAsync(reply, [TeamsReplies.Text(message.Text)], cancellationToken).ConfigureAwait(false);
                if (message.ThenAsync is { } then)
                {
                    await then(cancellationToken).ConfigureAwait(false);
                }

                break;
            case ActionOutcome.Refused refused:
                await replier.ReplyAsync(reply, [TeamsReplies.Text(refused.Reason)], cancellationToken).ConfigureAwait(false);
                break;
        }
    }
}
