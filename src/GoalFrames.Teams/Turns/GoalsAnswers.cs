using GoalFrames.Engine.Commands;
using GoalFrames.Engine.Conversation;
using GoalFrames.Rendering.AdaptiveCards;
using GoalFrames.Rendering.Chat;
using GoalFrames.Teams.Activities;

namespace GoalFrames.Teams.Turns;

/// <summary>
/// Answers a goals command for the person in an activity: the shared responder's reply, with that person's saved
/// values filled in wherever goals are shown, rendered as cards (or words, for the draft commands).
/// </summary>
internal sealed class GoalsAnswers(GoalsResponder responder, TeamsDrafts drafts)
{
    public async Task<IReadOnlyList<Activity>> AnswerAsync(Activity activity, GoalsCommand command, ReplyMode mode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var reply = responder.Respond(command);
        if (reply is GoalsReply.Drafts)
        {
            var owner = TeamsDrafts.OwnerOf(activity);
            return [TeamsReplies.Text(owner is null
                ? "Saved drafts need to know who you are; this conversation did not say."
                : await drafts.AnswerAsync(owner, command, cancellationToken).ConfigureAwait(false))];
        }

        return [.. (await CardsAsync(activity, command, reply, mode, cancellationToken).ConfigureAwait(false)).Select(TeamsReplies.Card)];
    }

    public async Task<IReadOnlyList<AdaptiveCard>> CardsAsync(Activity activity, GoalsCommand command, ReplyMode mode, CancellationToken cancellationToken) =>
        await CardsAsync(activity, command, responder.Respond(command), mode, cancellationToken).ConfigureAwait(false);

    private async Task<IReadOnlyList<AdaptiveCard>> CardsAsync(Activity activity, GoalsCommand command, GoalsReply reply, ReplyMode mode, CancellationToken cancellationToken)
    {
        if (reply is GoalsReply.Drafts)
        {
            return AdaptiveCardRenderer.Render(responder.Respond(new GoalsCommand.Help()), mode);
        }

        if (reply is GoalsReply.Frames frames && (mode == ReplyMode.Editable || frames.AsText) && TeamsDrafts.OwnerOf(activity) is { } owner
            && await drafts.ValuesAsync(owner, frames.Sheet.Profile.Id, frames.Kinds, cancellationToken).ConfigureAwait(false) is { } values)
        {
            reply = responder.Respond(command, values);
        }

        var refresh = mode == ReplyMode.Editable && activity.From?.Id is { } user ? new[] { user } : null;
        return AdaptiveCardRenderer.Render(reply, mode, refresh);
    }
}
