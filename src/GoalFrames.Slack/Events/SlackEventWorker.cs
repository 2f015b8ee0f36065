using GoalFrames.Conversation.Platforms;
using System.Text.RegularExpressions;
using GoalFrames.Conversation;
using GoalFrames.Conversation.Outcomes;
using GoalFrames.Engine.Drafts;
using GoalFrames.Slack.Api;
using GoalFrames.Slack.Interactivity;
using GoalFrames.Slack.Installs;
using Microsoft.Extensions.Logging;

namespace GoalFrames.Slack.Events;

/// <summary>
/// Answers events taken from <see cref="SlackEventQueue"/>, once each (by <c>event_id</c>, across instances through the de-duplication store): a mention
/// or a DM is read with the /goals grammar and answered in the conversation (in the thread, for a mention); the bot's
/// own and other bots' messages are ignored; <c>app_uninstalled</c> and <c>tokens_revoked</c> remove the installation and
/// everything kept for the workspace (drafts, sent goals, reminder records).
/// </summary>
internal sealed partial class SlackEventWorker(
    ConversationCore core,
    SlackApiClient api,
    SlackTokens tokens,
    SlackOutcomes outcomes,
    IDedupeStore dedupe,
    IInstallationStore installations,
    IInstallationData data,
    ILogger<SlackEventWorker> logger)
{
    private static readonly TimeSpan DedupeWindow = TimeSpan.FromHours(1);

    /// <summary>Answers one event, once (a retry of a handled event is ignored). Failures are the queue's to log and count.</summary>
    public async Task HandleAsync(SlackEventEnvelope envelope, CancellationToken cancellationToken)
    {
        if (envelope.EventId is { } id && !await FirstDeliveryAsync(id, cancellationToken).ConfigureAwait(false))
        {
            LogDuplicate(logger, id);
            return;
        }

        await AnswerEventAsync(envelope, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// True unless the event was handled before. When the de-duplication store fails, the event is answered anyway:
    /// answering a retry twice hurts less than never answering (the answer may need no store at all).
    /// </summary>
    private async Task<bool> FirstDeliveryAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            return await dedupe.TryMarkAsync("slack-event:" + id, DedupeWindow, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogDedupeFailed(logger, ex, id);
            return true;
        }
    }

    private async Task AnswerEventAsync(SlackEventEnvelope envelope, CancellationToken cancellationToken)
    {
        var slackEvent = envelope.Event;
        switch (slackEvent?.Type)
        {
            case "app_uninstalled" or "tokens_revoked" when envelope.WorkspaceId is { } workspace:
                await installations.DeleteAsync(workspace, cancellationToken).ConfigureAwait(false);
                LogUninstalled(logger, workspace, slackEvent.Type);
                LogForgotten(logger, workspace, await data.ForgetWorkspaceAsync("slack", workspace, cancellationToken).ConfigureAwait(false));
                return;

            case "app_mention":
            case "message" when slackEvent.ChannelType == "im":
                if (slackEvent.BotId is not null || slackEvent.Subtype is not null || slackEvent.User is null || slackEvent.Channel is null)
                {
                    return;
                }

                await AnswerAsync(envelope, slackEvent, cancellationToken).ConfigureAwait(false);
                return;

            default:
                return;
        }
    }

    /// <summary>
    /// A mention answers in its thread, where everyone in the channel reads it; a DM answers the one person, with their
    /// drafts editable. What to answer is the conversation core's decision.
    /// </summary>
    private async Task AnswerAsync(SlackEventEnvelope envelope, SlackEvent slackEvent, CancellationToken cancellationToken)
    {
        // An @mention of the app starts with the app's own mention; any other mention names the person the goals are for.
        var text = slackEvent.Text ?? string.Empty;
        var words = SlackText.Unescape(slackEvent.Type == "app_mention" ? LeadingMention().Replace(text, " ", 1) : text).Trim();
        var surface = slackEvent.ChannelType == "im" ? SurfaceKind.DirectMessage : SurfaceKind.SharedConversation;
        var request = ConversationRequest.From("slack", envelope.TeamId, slackEvent.User, surface);
        var outcome = await core.LineAsync(request, words, cancellationToken).ConfigureAwait(false);
        var token = await tokens.BotTokenAsync(envelope.WorkspaceId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"no bot token for workspace {envelope.WorkspaceId}");
        var thread = slackEvent.Type == "app_mention" ? slackEvent.ThreadTs ?? slackEvent.Ts : null;
        if (outcome is Outcome.Pending pending)
        {
            await PostAsync(token, slackEvent.Channel!, thread, pending.Now, cancellationToken).ConfigureAwait(false);
            outcome = await pending.Later.ConfigureAwait(false);
        }

        if (outcome.Said is { } answer)
        {
            await PostAsync(token, slackEvent.Channel!, thread, answer, cancellationToken).ConfigureAwait(false);
        }

        if (outcome is Outcome.SendFile file && request.Owner is { } owner)
        {
            await outcomes.UploadAsync(owner, file, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task PostAsync(string token, string channel, string? thread, Answer answer, CancellationToken cancellationToken)
    {
        foreach (var (text, blocks) in SlackOutcomes.Messages(answer, out _))
        {
            await api.PostMessageAsync(token, new PostMessageRequest(channel, text, blocks, ThreadTs: thread), cancellationToken).ConfigureAwait(false);
        }
    }

    [GeneratedRegex("^\\s*<@[A-Z0-9]+(\\|[^>]*)?>")]
    private static partial Regex LeadingMention();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack event {EventId}: the de-duplication store failed; answering it anyway")]
    private static partial void LogDedupeFailed(ILogger logger, Exception exception, string eventId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Slack event {EventId} already handled; retry ignored")]
    private static partial void LogDuplicate(ILogger logger, string eventId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack workspace {Workspace}: deleted {Rows} rows of drafts, sent goals and reminders")]
    private static partial void LogForgotten(ILogger logger, string workspace, int rows);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack installation of {Workspace} removed ({Reason})")]
    private static partial void LogUninstalled(ILogger logger, string workspace, string reason);
}
