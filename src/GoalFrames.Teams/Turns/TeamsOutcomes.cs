using System.Text.Json;
using GoalFrames.Conversation.Outcomes;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Rendering.AdaptiveCards;
using GoalFrames.Teams.Activities;
using GoalFrames.Teams.Files;
using GoalFrames.Teams.Outbound;
using GoalFrames.Teams.State;

namespace GoalFrames.Teams.Turns;

/// <summary>
/// Carries out the conversation core's outcomes in Teams' form. For an <c>adaptiveCard/action</c> invoke, the answer for
/// the presser goes in the invoke response (only they see it) and anything else — the PUT that keeps an updated card in
/// the personal chat, posts, direct messages, late answers — is queued to follow. A card in a channel is never PUT over:
/// the core only updates private messages. For a message (typed, or an <c>Action.Submit</c>), everything is sent.
/// </summary>
internal sealed class TeamsOutcomes(TurnReplier replier, TurnQueue queue, ConnectorClient connector, PendingFiles files)
{
    public const string EditOnTheCard = "In Teams the blanks are edited on the card itself: fill them in and press Save.";

    /// <summary>The invoke response for an outcome; what must follow is queued.</summary>
    public InvokeResponseBody ForInvoke(Activity activity, GoalsAction action, Outcome outcome)
    {
        ArgumentNullException.ThrowIfNull(activity);
        switch (outcome)
        {
            case Outcome.Several several:
                InvokeResponseBody? response = null;
                foreach (var step in several.Steps)
                {
                    var answered = ForInvoke(activity, action, step);
                    if (step.Said is not null || step is Outcome.DialogErrors or Outcome.OpenEditor)
                    {
                        response = answered;
                    }
                }

                return response ?? Message("Done.");
            case Outcome.UpdateMessage { Answer: Answer.Goals goals }:
                var cards = Cards(activity, goals);
                var pressed = Pick(cards, action);
                Follow(activity, "card update", async ct =>
                {
                    if (!string.IsNullOrEmpty(activity.ReplyToId))
                    {
                        await replier.UpdateAsync(activity, activity.ReplyToId, TeamsReplies.Card(cards[pressed]), ct).ConfigureAwait(false);
                    }

                    if (!action.ActsOnThePressedCard)
                    {
                        await replier.ReplyAsync(activity with { Id = null }, cards.Where((_, i) => i != pressed).Select(TeamsReplies.Card), ct).ConfigureAwait(false);
                    }
                });
                return Card(cards[pressed]);
            case Outcome.ReplyPrivately or Outcome.Reply when outcome.Said is Answer.Goals privately:
                return Card(Cards(activity, privately)[0]);
            case Outcome.Pending pending:
                Follow(activity, "late answer", async ct => await SendAsync(activity, action, await pending.Later.ConfigureAwait(false), ct).ConfigureAwait(false));
                return Message(Words(pending.Now));
            case Outcome.PostToConversation or Outcome.SendDirectMessage:
                Follow(activity, "post", ct => SendAsync(activity, action, outcome, ct));
                return Message("Done.");
            case Outcome.OpenEditor:
                return Message(EditOnTheCard);
            case Outcome.Failed failed:
                return Error(500, "ServiceUnavailable", failed.Words);
            case Outcome.DialogErrors errors:
                return Message(string.Join(" ", errors.Errors.Values.Distinct()));
            default:
                return Message(outcome.Said is { } said ? Words(said) : "Done.");
        }
    }

    /// <summary>Sends an outcome as messages (a typed line, an Action.Submit, or a late answer).</summary>
    public async Task SendAsync(Activity activity, GoalsAction? action, Outcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var reply = activity with { Id = null };
        switch (outcome)
        {
            case Outcome.Several several:
                foreach (var step in several.Steps)
                {
                    await SendAsync(activity, action, step, cancellationToken).ConfigureAwait(false);
                }

                break;
            case Outcome.Pending pending:
                await replier.ReplyAsync(activity, [TeamsReplies.Text(Words(pending.Now))], cancellationToken).ConfigureAwait(false);
                await SendAsync(activity, action, await pending.Later.ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                break;
            case Outcome.UpdateMessage { Answer: Answer.Goals goals }:
                var cards = Cards(activity, goals);
                var pressed = Pick(cards, action);
                var rest = action?.ActsOnThePressedCard == true ? [] : cards.Where((_, i) => i != pressed).Select(TeamsReplies.Card).ToList();
                if (string.IsNullOrEmpty(activity.ReplyToId) || !await replier.UpdateAsync(activity, activity.ReplyToId, TeamsReplies.Card(cards[pressed]), cancellationToken).ConfigureAwait(false))
                {
                    rest.Insert(0, TeamsReplies.Card(cards[pressed]));
                }

                await replier.ReplyAsync(reply, rest, cancellationToken).ConfigureAwait(false);
                break;
            case Outcome.Reply { Answer: var answer }:
                await replier.ReplyAsync(activity, Activities(activity, answer), cancellationToken).ConfigureAwait(false);
                break;
            case Outcome.ReplyPrivately { Answer: var answer } when TeamsIdentity.SurfaceOf(activity) != Conversation.SurfaceKind.SharedConversation:
                await replier.ReplyAsync(reply, Activities(activity, answer), cancellationToken).ConfigureAwait(false);
                break;
            case Outcome.ReplyPrivately { Answer: var answer }:
                // A channel has no private messages: the presser's answer goes to their personal chat with the bot.
                await SendPersonallyAsync(activity, [answer], cancellationToken).ConfigureAwait(false);
                break;
            case Outcome.UpdateMessage { Answer: var words }:
                await replier.ReplyAsync(reply, Activities(activity, words), cancellationToken).ConfigureAwait(false);
                break;
            case Outcome.PostToConversation post when activity.Conversation?.Id is { } conversationId:
                var thread = conversationId.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
                var topLevel = thread < 0 ? conversationId : conversationId[..thread];
                await replier.PostAsync(activity, topLevel, TeamsReplies.Of(post.Goals, ReplyMode.Posted), cancellationToken).ConfigureAwait(false);
                break;
            case Outcome.SendDirectMessage dm:
                await SendPersonallyAsync(activity, [.. dm.Replies.Select(r => (Answer)new Answer.Goals(r, ReplyMode.Editable))], cancellationToken).ConfigureAwait(false);
                break;
            case Outcome.OpenEditor:
                await replier.ReplyAsync(reply, [TeamsReplies.Text(EditOnTheCard)], cancellationToken).ConfigureAwait(false);
                break;
            case Outcome.DialogErrors errors:
                await replier.ReplyAsync(reply, [TeamsReplies.Text(string.Join(" ", errors.Errors.Values.Distinct()))], cancellationToken).ConfigureAwait(false);
                break;
            case Outcome.Failed failed:
                await replier.ReplyAsync(reply, [TeamsReplies.Text(failed.Words)], cancellationToken).ConfigureAwait(false);
                break;
            case Outcome.SendFile file:
                // The words, then a file consent card: Teams saves the file in the person's OneDrive once they allow it.
                await replier.ReplyAsync(activity, [TeamsReplies.Text(file.Words)], cancellationToken).ConfigureAwait(false);
                if (activity.From?.Id is { } user && TeamsIdentity.SurfaceOf(activity) == Conversation.SurfaceKind.DirectMessage)
                {
                    await replier.ReplyAsync(reply, [FileOffer.Card(files, user, file)], cancellationToken).ConfigureAwait(false);
                }

                break;
        }
    }

    public static InvokeResponseBody Message(string text) =>
        new(200, InvokeResponseBody.MessageType, JsonSerializer.SerializeToElement(text, TeamsJsonContext.Default.String));

    public static InvokeResponseBody Error(int status, string code, string message) =>
        new(status, InvokeResponseBody.ErrorType, JsonSerializer.SerializeToElement(new InvokeError(code, message), TeamsJsonContext.Default.InvokeError));

    private static InvokeResponseBody Card(AdaptiveCard card) =>
        new(200, InvokeResponseBody.CardType, JsonSerializer.SerializeToElement(card, AdaptiveCardsJsonContext.Default.AdaptiveCard));

    private static string Words(Answer answer) => answer is Answer.Words words ? words.Text : "Done.";

    private static IReadOnlyList<AdaptiveCard> Cards(Activity activity, Answer.Goals goals)
    {
        var refresh = goals.Mode == ReplyMode.Editable && activity.From?.Id is { } user ? new[] { user } : null;
        return AdaptiveCardRenderer.Render(goals.Reply, goals.Mode, refresh);
    }

    /// <summary>An answer for someone other than who asked (no card refreshes on their behalf).</summary>
    public static IReadOnlyList<Activity> ForSomeoneElse(Answer answer) => Activities(new Activity(), answer);

    private static IReadOnlyList<Activity> Activities(Activity activity, Answer answer) => answer switch
    {
        Answer.Goals goals => [.. Cards(activity, goals).Select(TeamsReplies.Card)],
        Answer.Words { Buttons.Count: > 0 } words => [.. AdaptiveCardRenderer.RenderWords(new ReplyNotice(words.Text, words.Buttons)).Select(TeamsReplies.Card)],
        Answer.Words words => [TeamsReplies.Text(words.Text)],
        _ => [],
    };

    /// <summary>Of a reply's cards, the one that stands for the pressed card: the one holding the inputs the press sent.</summary>
    private static int Pick(IReadOnlyList<AdaptiveCard> cards, GoalsAction? action)
    {
        var ids = action?.CarriedInputs ?? [];
        if (ids.Count == 0 || cards.Count < 2)
        {
            return 0;
        }

        var scores = cards.Select(c => JsonSerializer.Serialize(c, AdaptiveCardsJsonContext.Default.AdaptiveCard)).Select(json => ids.Count(id => json.Contains($"\"{id}\"", StringComparison.Ordinal))).ToList();
        return scores.IndexOf(scores.Max());
    }

    private void Follow(Activity activity, string what, Func<CancellationToken, Task> work) =>
        queue.TryEnqueue($"{what} in {activity.Conversation?.Id}", work);

    /// <summary>Creates (or finds) the presser's personal chat with the bot and sends the answers there.</summary>
    private async Task SendPersonallyAsync(Activity activity, IReadOnlyList<Answer> answers, CancellationToken cancellationToken)
    {
        if (activity is not { ServiceUrl: { } serviceUrl, From.Id: { } userId, Recipient: { } bot } || ConversationReferences.TenantOf(activity) is not { } tenant)
        {
            return;
        }

        var parameters = new ConversationParameters(bot, [new ChannelAccount(userId)], IsGroup: false, tenant, new TeamsChannelData(new TenantInfo(tenant)));
        var created = await connector.CreateConversationAsync(serviceUrl, parameters, cancellationToken).ConfigureAwait(false);
        var personal = activity with { Conversation = new ConversationAccount(created.Id) { ConversationType = "personal", TenantId = tenant }, Id = null };
        foreach (var answer in answers)
        {
            await replier.PostAsync(personal, created.Id!, Activities(personal, answer), cancellationToken).ConfigureAwait(false);
        }
    }
}
