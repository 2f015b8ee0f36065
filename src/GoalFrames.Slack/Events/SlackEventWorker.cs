using System.Text.Json;
using System.Text.RegularExpressions;
using GoalFrames.Engine.Commands;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Drafts;
using GoalFrames.Rendering.Chat;
using GoalFrames.Slack.Api;
using GoalFrames.Slack.Commands;
using GoalFrames.Slack.Installs;
using Microsoft.Extensions.Logging;

namespace GoalFrames.Slack.Events;

/// <summary>
/// Answers events taken from <see cref="SlackEventQueue"/>, once each (by <c>event_id</c>, across instances through the de-duplication store): a mention
/// or a DM is read with the /goals grammar and answered in the conversation (in the thread, for a mention); the bot's
/// own and other bots' messages are ignored; <c>app_uninstalled</c> and <c>tokens_revoked</c> remove the installation.
/// </summary>
internal sealed partial class SlackEventWorker(
    GoalsResponder responder,
    SlackApiClient api,
    SlackTokens tokens,
    IEnumerable<IDedupeStore> dedupe,
    IEnumerable<IInstallationStore> installations,
    IEnumerable<DraftCommands> drafts,
    ILogger<SlackEventWorker> logger)
{
    private static readonly TimeSpan DedupeWindow = TimeSpan.FromHours(1);
    private readonly IDedupeStore? _dedupe = dedupe.FirstOrDefault();
    private readonly IInstallationStore? _installations = installations.FirstOrDefault();
    private readonly DraftCommands? _drafts = drafts.FirstOrDefault();

    /// <summary>Answers one event, once (a retry of a handled event is ignored). Failures are the queue's to log and count.</summary>
    public async Task HandleAsync(SlackEventEnvelope envelope, CancellationToken cancellationToken)
    {
        if (envelope.EventId is { } id && _dedupe is not null && !await _dedupe.TryMarkAsync("slack-event:" + id, DedupeWindow, cancellationToken).ConfigureAwait(false))
        {
            LogDuplicate(logger, id);
            return;
        }

        await AnswerEventAsync(envelope, cancellationToken).ConfigureAwait(false);
    }

    private async Task AnswerEventAsync(SlackEventEnvelope envelope, CancellationToken cancellationToken)
    {
        var slackEvent = envelope.Event;
        switch (slackEvent?.Type)
        {
            case "app_uninstalled" or "tokens_revoked" when _installations is not null && envelope.WorkspaceId is { } workspace:
                await _installations.DeleteAsync(workspace, cancellationToken).ConfigureAwait(false);
                LogUninstalled(logger, workspace, slackEvent.Type);
                return;

            case "app_mention":
            case "message" when slackEvent.ChannelType == "im":
                if (slackEvent.BotId is not null || slackEvent.Subtype is not null || slackEvent.User is null || slackEvent.Channel is null)
                {
                    return;
                }

                var messages = await AnswerAsync(envelope, slackEvent, cancellationToken).ConfigureAwait(false);
                var token = await tokens.BotTokenAsync(envelope.WorkspaceId, cancellationToken).ConfigureAwait(false)
                    ?? throw new InvalidOperationException($"no bot token for workspace {envelope.WorkspaceId}");
                var thread = slackEvent.Type == "app_mention" ? slackEvent.ThreadTs ?? slackEvent.Ts : null;
                foreach (var (text, blocks) in messages)
                {
                    await api.PostMessageAsync(token, new PostMessageRequest(slackEvent.Channel, text, blocks, ThreadTs: thread), cancellationToken).ConfigureAwait(false);
                }

                return;

            default:
                return;
        }
    }

    private async Task<IReadOnlyList<(string Text, JsonElement? Blocks)>> AnswerAsync(SlackEventEnvelope envelope, SlackEvent slackEvent, CancellationToken cancellationToken)
    {
        var words = SlackText.Unescape(Mention().Replace(slackEvent.Text ?? string.Empty, " ")).Trim();
        var command = GoalsCommandParser.Parse(words);
        if (command is GoalsCommand.Mine or GoalsCommand.Forget)
        {
            if (slackEvent.ChannelType != "im")
            {
                return [("Your drafts are private: send me `goals mine` in a direct message.", null)];
            }

            if (_drafts is null || envelope.TeamId is null)
            {
                return [("Saved drafts are not available here.", null)];
            }

            var reply = await _drafts.HandleAsync(new DraftOwner("slack", envelope.TeamId, slackEvent.User!), command, cancellationToken).ConfigureAwait(false);
            return [(SlackDraftsText.Of(reply, responder.Canon, "goals"), null)];
        }

        // A mention answers in a channel thread everyone can read; a DM answers the one person who asked.
        var mode = slackEvent.ChannelType == "im" ? ReplyMode.Private : ReplyMode.Posted;
        return [.. SlackBlocks.Render(responder.Respond(command), mode).Select(m => (m.Text, (JsonElement?)m.Blocks))];
    }

    [GeneratedRegex("<@[A-Z0-9]+(\\|[^>]*)?>")]
    private static partial Regex Mention();

    [LoggerMessage(Level = LogLevel.Debug, Message = "Slack event {EventId} already handled; retry ignored")]
    private static partial void LogDuplicate(ILogger logger, string eventId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack installation of {Workspace} removed ({Reason})")]
    private static partial void LogUninstalled(ILogger logger, string workspace, string reason);
}
