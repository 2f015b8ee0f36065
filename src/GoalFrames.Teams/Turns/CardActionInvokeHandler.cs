using System.Text.Json;
using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Rendering.AdaptiveCards;
using GoalFrames.Teams.Activities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GoalFrames.Teams.Turns;

/// <summary>
/// Answers an <c>adaptiveCard/action</c> invoke (an <c>Action.Execute</c>) in the HTTP response, within
/// <see cref="TeamsOptions.InvokeTimeout"/>: with the card that replaces the pressed one (and, because Teams does not keep
/// a card from an invoke response, the same card PUT over the message afterwards), with a message, or with an error.
/// </summary>
internal sealed class CardActionInvokeHandler(CardActions actions, TurnReplier replier, TurnQueue queue, IOptions<TeamsOptions> options, ILogger<CardActionInvokeHandler> logger)
{
    public async Task<InvokeResponseBody> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        AdaptiveCardInvokeValue? value = null;
        try
        {
            value = activity.Value?.Deserialize(TeamsJsonContext.Default.AdaptiveCardInvokeValue);
        }
        catch (JsonException)
        {
        }

        if (value?.Action?.Data is not { } data)
        {
            return Error(400, "BadRequest", "The invoke has no action data.");
        }

        GoalsAction action;
        switch (ActionPayloads.Read(data))
        {
            case ActionReadResult.Accepted accepted:
                action = accepted.Action;
                break;
            case ActionReadResult.Rejected rejected:
                return Error(400, "BadRequest", rejected.Reason);
            default:
                return Error(400, "BadRequest", "That button sent nothing GoalFrames can read.");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.InvokeTimeout);
        ActionOutcome outcome;
        try
        {
            outcome = await actions.DecideAsync(activity, action, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Teams: '{Action}' took longer than {Timeout}", action.Name, options.Value.InvokeTimeout);
            return Error(500, "Timeout", "That took too long; please try again.");
        }

        switch (outcome)
        {
            case ActionOutcome.Cards { Replies.Count: > 0 } cards:
                Persist(activity, cards.Replies);
                return new InvokeResponseBody(200, InvokeResponseBody.CardType, JsonSerializer.SerializeToElement(cards.Replies[0], AdaptiveCardsJsonContext.Default.AdaptiveCard));
            case ActionOutcome.Message message:
                if (message.ThenAsync is { } then)
                {
                    queue.TryEnqueue($"'{action.Name}' for {activity.Conversation?.Id}", then);
                }

                return Message(message.Text);
            case ActionOutcome.Refused refused:
                return Error(400, "BadRequest", refused.Reason);
            default:
                return Message("Done.");
        }
    }

    public static InvokeResponseBody Message(string text) =>
        new(200, InvokeResponseBody.MessageType, JsonSerializer.SerializeToElement(text, TeamsJsonContext.Default.String));

    public static InvokeResponseBody Error(int status, string code, string message) =>
        new(status, InvokeResponseBody.ErrorType, JsonSerializer.SerializeToElement(new InvokeError(code, message), TeamsJsonContext.Default.InvokeError));

    /// <summary>PUTs the first card over the pressed card's message (so it does not revert) and sends any further cards.</summary>
    private void Persist(Activity activity, IReadOnlyList<AdaptiveCard> cards)
    {
        queue.TryEnqueue($"card update in {activity.Conversation?.Id}", async ct =>
        {
            if (!string.IsNullOrEmpty(activity.ReplyToId))
            {
                await replier.UpdateAsync(activity, activity.ReplyToId, TeamsReplies.Card(cards[0]), ct).ConfigureAwait(false);
            }

            await replier.ReplyAsync(activity with { Id = null }, cards.Skip(1).Select(TeamsReplies.Card), ct).ConfigureAwait(false);
        });
    }
}
