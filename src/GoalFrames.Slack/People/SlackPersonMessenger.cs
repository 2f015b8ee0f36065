using GoalFrames.Conversation.Outcomes;
using GoalFrames.Conversation.Platforms;
using GoalFrames.Engine.Drafts;
using GoalFrames.Slack.Api;
using GoalFrames.Slack.Installs;
using GoalFrames.Slack.Interactivity;

namespace GoalFrames.Slack.People;

/// <summary>
/// Starts a DM from the bot in Slack: <c>conversations.open</c> with the person, then <c>chat.postMessage</c> in the
/// channel it returns. Slack's refusals (a user who left, a bot, another workspace, a missing scope) come back as
/// words for the sender, never as an exception.
/// </summary>
internal sealed class SlackPersonMessenger(SlackApiClient api, SlackTokens tokens) : IPersonMessenger
{
    public string Platform => "slack";

    public async Task<Delivery> SendAsync(DraftOwner from, DraftSubject person, Answer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(person);
        if (await tokens.BotTokenAsync(from.Workspace, cancellationToken).ConfigureAwait(false) is not { } token)
        {
            return new Delivery.Unreachable("GoalFrames is not installed in this workspace any more.");
        }

        try
        {
            var opened = await api.OpenConversationAsync(token, person.UserId, cancellationToken).ConfigureAwait(false);
            if (opened.Channel?.Id is not { } channel)
            {
                return new Delivery.Unreachable("Slack did not open a conversation with them.");
            }

            foreach (var (text, blocks) in SlackOutcomes.Messages(answer, out _))
            {
                await api.PostMessageAsync(token, new PostMessageRequest(channel, text, blocks), cancellationToken).ConfigureAwait(false);
            }

            return new Delivery.Delivered();
        }
        catch (SlackApiException e)
        {
            return new Delivery.Unreachable(Reason(e.Error));
        }
    }

    private static string Reason(string error) => error switch
    {
        "user_not_found" or "users_not_found" => "Slack doesn't know them in this workspace (they may be in another workspace).",
        "user_disabled" or "account_inactive" => "their Slack account is deactivated.",
        "cannot_dm_bot" => "they are a bot.",
        "missing_scope" => "GoalFrames needs to be reinstalled with permission to message people (im:write).",
        "not_allowed_token_type" or "invalid_auth" or "token_revoked" => "GoalFrames' installation in this workspace is no longer valid; reinstall it.",
        _ => $"Slack refused ({error}).",
    };
}
