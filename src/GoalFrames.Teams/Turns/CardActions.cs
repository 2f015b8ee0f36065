using GoalFrames.Engine.Commands;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Rendering.Chat;
using GoalFrames.Teams.Activities;
using GoalFrames.Teams.Outbound;
using GoalFrames.Teams.State;

namespace GoalFrames.Teams.Turns;

/// <summary>
/// What each card button does in Teams, whether it arrived as an <c>adaptiveCard/action</c> invoke or as an
/// <c>Action.Submit</c> message: navigation answers with cards, Save and Reset change the presser's own drafts,
/// "Post to channel" and "Edit in DM" send elsewhere once the request is answered.
/// </summary>
internal sealed class CardActions(GoalsResponder responder, GoalsAnswers answers, TeamsDrafts drafts, TurnReplier replier, ConnectorClient connector)
{
    public async Task<ActionOutcome> DecideAsync(Activity activity, GoalsAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var mode = TeamsReplies.ModeFor(activity);
        switch (action)
        {
            case GoalsAction.Run run:
                var command = run.ToCommand();
                return responder.Respond(command) is GoalsReply.Drafts
                    ? new ActionOutcome.Message((await answers.AnswerAsync(activity, command, mode, cancellationToken).ConfigureAwait(false))[0].Text ?? string.Empty)
                    : new ActionOutcome.Cards(await answers.CardsAsync(activity, command, mode, cancellationToken).ConfigureAwait(false));
            case GoalsAction.SwitchFramework show:
                return new ActionOutcome.Cards(await answers.CardsAsync(activity, show.ToCommand(), mode, cancellationToken).ConfigureAwait(false));
            case GoalsAction.CopyAsText copy:
                return new ActionOutcome.Cards(await answers.CardsAsync(activity, copy.ToCommand(), mode, cancellationToken).ConfigureAwait(false));
            case GoalsAction.Refresh refresh:
                return new ActionOutcome.Cards(await answers.CardsAsync(activity, Show(refresh.ProfileId, refresh.Kind), mode, cancellationToken).ConfigureAwait(false));
            case GoalsAction.PostToChannel post:
                return PostToChannel(activity, post);
            case GoalsAction.EditInDirectMessage edit:
                return EditInDirectMessage(activity, edit);
            case GoalsAction.Save save:
                return await SaveAsync(activity, save, cancellationToken).ConfigureAwait(false);
            case GoalsAction.Reset reset:
                if (mode != ReplyMode.Editable || TeamsDrafts.OwnerOf(activity) is not { } resetter)
                {
                    return new ActionOutcome.Refused("Drafts are edited in your personal chat with GoalFrames.");
                }

                await drafts.ResetAsync(resetter, reset.ProfileId, GoalsAction.KindsOf(reset.Kind), cancellationToken).ConfigureAwait(false);
                return new ActionOutcome.Cards(await answers.CardsAsync(activity, Show(reset.ProfileId, reset.Kind), mode, cancellationToken).ConfigureAwait(false));
            case GoalsAction.AcceptCanonChange accept:
                if (mode != ReplyMode.Editable || TeamsDrafts.OwnerOf(activity) is not { } accepter)
                {
                    return new ActionOutcome.Refused("Drafts are edited in your personal chat with GoalFrames.");
                }

                // The card sends its inputs with every button: what was typed and not yet saved is saved first.
                if (accept.Values.Count > 0)
                {
                    await drafts.SaveAsync(accepter, accept.ProfileId, GoalsAction.KindsOf(accept.Kind), accept.Values, cancellationToken).ConfigureAwait(false);
                }

                await drafts.AcceptCanonChangeAsync(accepter, accept, cancellationToken).ConfigureAwait(false);
                return new ActionOutcome.Cards(await answers.CardsAsync(activity, Show(accept.ProfileId, accept.Kind), mode, cancellationToken).ConfigureAwait(false));
            case GoalsAction.EditGoal:
                return new ActionOutcome.Refused("In Teams the blanks are edited on the card itself: fill them in and press Save.");
            default:
                return new ActionOutcome.Refused($"'{action.Name}' is not something GoalFrames does in Teams.");
        }
    }

    private async Task<ActionOutcome> SaveAsync(Activity activity, GoalsAction.Save save, CancellationToken cancellationToken)
    {
        if (TeamsReplies.ModeFor(activity) != ReplyMode.Editable || TeamsDrafts.OwnerOf(activity) is not { } owner)
        {
            return new ActionOutcome.Refused("Drafts are edited in your personal chat with GoalFrames.");
        }

        var show = Show(save.ProfileId, save.Kind);
        if (responder.Respond(show) is not GoalsReply.Frames frames)
        {
            return new ActionOutcome.Refused($"The canon no longer has the profile {save.ProfileId}; nothing was saved.");
        }

        await drafts.SaveAsync(owner, frames.Sheet.Profile.Id, frames.Kinds, save.Values, cancellationToken).ConfigureAwait(false);
        return new ActionOutcome.Cards(await answers.CardsAsync(activity, show, ReplyMode.Editable, cancellationToken).ConfigureAwait(false));
    }

    private ActionOutcome PostToChannel(Activity activity, GoalsAction.PostToChannel post)
    {
        if (activity.Conversation?.Id is not { } conversationId)
        {
            return new ActionOutcome.Refused("This conversation has no id to post to.");
        }

        var thread = conversationId.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        var topLevel = thread < 0 ? conversationId : conversationId[..thread];
        return new ActionOutcome.Message("Posted for everyone here.", async ct =>
        {
            var cards = await answers.CardsAsync(activity, Show(post.ProfileId, post.Kind), ReplyMode.Posted, ct).ConfigureAwait(false);
            await replier.PostAsync(activity, topLevel, cards.Select(TeamsReplies.Card), ct).ConfigureAwait(false);
        });
    }

    private ActionOutcome EditInDirectMessage(Activity activity, GoalsAction.EditInDirectMessage edit)
    {
        if (activity is not { ServiceUrl: { } serviceUrl, From.Id: { } userId, Recipient: { } bot } || ConversationReferences.TenantOf(activity) is not { } tenant)
        {
            return new ActionOutcome.Refused("I can't tell who you are in this conversation, so I can't open a chat with you.");
        }

        return new ActionOutcome.Message("I sent the goals to your personal chat with GoalFrames, where you can fill them in.", async ct =>
        {
            var parameters = new ConversationParameters(bot, [new ChannelAccount(userId)], IsGroup: false, tenant, new TeamsChannelData(new TenantInfo(tenant)));
            var created = await connector.CreateConversationAsync(serviceUrl, parameters, ct).ConfigureAwait(false);
            var personal = activity with { Conversation = new ConversationAccount(created.Id) { ConversationType = "personal", TenantId = tenant }, Id = null };
            var cards = await answers.CardsAsync(personal, Show(edit.ProfileId, edit.Kind), ReplyMode.Editable, ct).ConfigureAwait(false);
            await replier.PostAsync(personal, created.Id!, cards.Select(TeamsReplies.Card), ct).ConfigureAwait(false);
        });
    }

    private static GoalsCommand.ShowFrames Show(string profileId, Engine.FrameKind? kind) =>
        new(new ProfileTarget(profileId, null), GoalsAction.KindsOf(kind), AsText: false);
}
