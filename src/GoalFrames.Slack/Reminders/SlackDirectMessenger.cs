using GoalFrames.Conversation.Outcomes;
using GoalFrames.Conversation.Platforms;
using GoalFrames.Engine.Drafts;
using GoalFrames.Slack.Api;
using GoalFrames.Slack.Installs;
using GoalFrames.Slack.Interactivity;

namespace GoalFrames.Slack.Reminders;

/// <summary>
/// Writes to a Slack user unasked: <c>conversations.open</c> with the user gives the bot's DM channel with them, then
/// <c>chat.postMessage</c> posts the answer there as Block Kit. A workspace without a bot token, or a user the bot
/// cannot open a DM with, fails with the reason.
/// </summary>
internal sealed class SlackDirectMessenger(SlackApiClient api, SlackTokens tokens) : IDirectMessenger
{
    public string Platform => "slack";

    public async Task SendAsync(DraftOwner person, Answer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var token = await tokens.BotTokenAsync(person.Workspace, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"GoalFrames has no bot token for Slack workspace {person.Workspace} (not installed there)");
        var channel = (await api.OpenConversationAsync(token, person.UserId, cancellationToken).ConfigureAwait(false)).Channel?.Id
            ?? throw new InvalidOperationException($"conversations.open gave no DM channel with {person.UserId}");
        foreach (var (text, blocks) in SlackOutcomes.Messages(answer, out _))
        {
            await api.PostMessageAsync(token, new PostMessageRequest(channel, text, blocks), cancellationToken).ConfigureAwait(false);
        }
    }
}
