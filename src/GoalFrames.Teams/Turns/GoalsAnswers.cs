using GoalFrames.Engine.Commands;
using GoalFrames.Engine.Conversation;
using GoalFrames.Rendering.AdaptiveCards;
using GoalFrames.Rendering.Chat;
using GoalFrames.Teams.Activities;

namespace GoalFrames.Teams.Turns;

/// <summary>
/// Answers a goals command for the person in an activity: the shared responder's reply, shown as that person's drafts
/// have it wherever goals are theirs to edit or copy, rendered as cards (or words, for the draft commands).
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

        // Where goals are the asker's own (their personal chat, or text to copy), they come as the asker's drafts have
        // them: saved values in place, saved wording kept, and what the canon has changed since marked.
        if (reply is GoalsReply.Frames frames && (mode == ReplyMode.Editable || frames.AsText) && TeamsDrafts.OwnerOf(activity) is { } owner
            && await drafts.ShowAsync(owner, frames.Sheet.Profile.Id, frames.Kinds, frames.AsText, cancellationToken).ConfigureAwait(false) is { } own)
        {
            reply = own;
        }

        var refresh = mode == ReplyMode.Editable && activity.From?.Id is { } user ? new[] { user } : null;
        return AdaptiveCardRenderer.Render(reply, mode, refresh);
    }
}
