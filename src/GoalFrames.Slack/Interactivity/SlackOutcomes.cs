using System.Text.Json;
using GoalFrames.Conversation.Outcomes;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Drafts;
using GoalFrames.Rendering.BlockKit;
using GoalFrames.Rendering.Chat;
using GoalFrames.Slack.Api;
using GoalFrames.Slack.Commands;
using GoalFrames.Slack.Installs;
using Microsoft.Extensions.Options;

namespace GoalFrames.Slack.Interactivity;

/// <summary>
/// Carries out the conversation core's outcomes in Slack's form: a private answer is an ephemeral response, an update
/// replaces the pressed message (chat.update in the DM, response_url for an ephemeral one), a dialog opens with
/// views.open, direct messages and posts follow the acknowledgement. Errors for a dialog come back as the return value.
/// </summary>
internal sealed class SlackOutcomes(SlackApiClient api, SlackTokens tokens, SlackWork work, IOptions<SlackOptions> options)
{
    public async Task<ViewSubmissionErrors?> CarryOutAsync(SlackPlace place, Outcome outcome, string? firstInput, CancellationToken cancellationToken)
    {
        switch (outcome)
        {
            case Outcome.Several several:
                ViewSubmissionErrors? errors = null;
                foreach (var step in several.Steps)
                {
                    errors ??= await CarryOutAsync(place, step, firstInput, cancellationToken).ConfigureAwait(false);
                }

                return errors;
            case Outcome.Failed failed when firstInput is not null:
                return new ViewSubmissionErrors("errors", new Dictionary<string, string> { [firstInput] = failed.Words });
            case Outcome.Failed failed:
                return await CarryOutAsync(place, new Outcome.ReplyPrivately(new Answer.Words(failed.Words)), firstInput, cancellationToken).ConfigureAwait(false);
            case Outcome.DialogErrors late when firstInput is null:
                // A dialog's answer that came after the dialog was acknowledged: the person reads it in the DM.
                await PostInChannelAsync(place, string.Join(" ", late.Errors.Values.Distinct()), cancellationToken).ConfigureAwait(false);
                return null;
            case Outcome.DialogErrors dialog:
                return new ViewSubmissionErrors("errors", dialog.Errors.ToDictionary(e => e.Key.Length == 0 || firstInput is null ? firstInput ?? "none" : e.Key, e => e.Value, StringComparer.Ordinal));
            case Outcome.Pending pending when firstInput is not null:
                Later(place, pending.Later);
                return new ViewSubmissionErrors("errors", new Dictionary<string, string> { [firstInput] = ((Answer.Words)pending.Now).Text });
            case Outcome.Pending pending:
                await CarryOutAsync(place, new Outcome.ReplyPrivately(pending.Now), firstInput, cancellationToken).ConfigureAwait(false);
                Later(place, pending.Later);
                return null;
            case Outcome.UpdateMessage update when !place.Ephemeral && place is { Channel: { } channel, Ts: { } ts }:
                var token = await tokens.BotTokenAsync(place.Owner.Workspace, cancellationToken).ConfigureAwait(false);
                if (token is not null)
                {
                    var (text, blocks) = Messages(update.Answer, out _)[0];
                    await api.UpdateMessageAsync(token, new PostMessageRequest(channel, text, blocks, Ts: ts), cancellationToken).ConfigureAwait(false);
                }

                return null;
            case Outcome.UpdateMessage update when place.ResponseUrl is null:
                await PostInChannelAsync(place, ((update.Answer as Answer.Words)?.Text) ?? "Done.", cancellationToken).ConfigureAwait(false);
                return null;
            case Outcome.UpdateMessage update:
                await RespondAsync(place, update.Answer, replace: true, cancellationToken).ConfigureAwait(false);
                return null;
            case Outcome.ReplyPrivately { Answer: Answer.Words words } when place.ResponseUrl is null:
                await PostInChannelAsync(place, words.Text, cancellationToken).ConfigureAwait(false);
                return null;
            case Outcome.ReplyPrivately reply:
                await RespondAsync(place, reply.Answer, replace: false, cancellationToken).ConfigureAwait(false);
                return null;
            case Outcome.Reply reply:
                await RespondAsync(place, reply.Answer, replace: false, cancellationToken).ConfigureAwait(false);
                return null;
            case Outcome.PostToConversation post:
                foreach (var (text, blocks) in SlackBlocks.Render(post.Goals, ReplyMode.Posted))
                {
                    await PostAsync(place, new SlackMessage("in_channel", text, blocks, ReplaceOriginal: false), cancellationToken).ConfigureAwait(false);
                }

                return null;
            case Outcome.SendDirectMessage dm:
                SendDirectMessages(place, dm);
                return null;
            case Outcome.OpenEditor editor:
                await OpenEditorAsync(place, editor, cancellationToken).ConfigureAwait(false);
                return null;
            default:
                return null;
        }
    }

    /// <summary>An answer as Slack messages: Block Kit for goals, plain text for words.</summary>
    public static IReadOnlyList<(string Text, JsonElement? Blocks)> Messages(Answer answer, out bool personal)
    {
        personal = answer is Answer.Goals { Personal: true };
        return answer switch
        {
            Answer.Goals goals => [.. SlackBlocks.Render(goals.Reply, goals.Mode).Select(m => (m.Text, (JsonElement?)m.Blocks))],
            Answer.Words { Buttons.Count: > 0 } words => [.. BlockKitRenderer.RenderWords(new ReplyNotice(words.Text, words.Buttons)).Select(m => (m.Text, (JsonElement?)SlackBlocks.Blocks(m)))],
            Answer.Words words => [(Mrkdwn.Escape(words.Text), null)],
            _ => [],
        };
    }

    private async Task RespondAsync(SlackPlace place, Answer answer, bool replace, CancellationToken cancellationToken)
    {
        var messages = Messages(answer, out _);
        for (var i = 0; i < messages.Count; i++)
        {
            await PostAsync(place, new SlackMessage("ephemeral", messages[i].Text, messages[i].Blocks, ReplaceOriginal: replace && i == 0), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task PostAsync(SlackPlace place, SlackMessage message, CancellationToken cancellationToken)
    {
        if (place.ResponseUrl is { } url && ResponseUrls.IsAllowed(url, options.Value))
        {
            await api.RespondAsync(url, message, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Words for the person in the channel of the place (the DM a dialog was opened from).</summary>
    private async Task PostInChannelAsync(SlackPlace place, string text, CancellationToken cancellationToken)
    {
        if (place.Channel is { } channel && await tokens.BotTokenAsync(place.Owner.Workspace, cancellationToken).ConfigureAwait(false) is { } token)
        {
            await api.PostMessageAsync(token, new PostMessageRequest(channel, Mrkdwn.Escape(text)), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task OpenEditorAsync(SlackPlace place, Outcome.OpenEditor editor, CancellationToken cancellationToken)
    {
        var token = await tokens.BotTokenAsync(place.Owner.Workspace, cancellationToken).ConfigureAwait(false);
        if (token is null || place is not { TriggerId: { } trigger, Channel: { } channel, Ts: { } ts })
        {
            await RespondAsync(place, new Answer.Words("This goal can't be edited from here; choose Edit in DM first."), replace: false, cancellationToken).ConfigureAwait(false);
            return;
        }

        var modal = BlockKitRenderer.RenderEditModal(editor.Opened.Sheet, editor.Edit);
        var item = editor.Opened.Sheet.Sections.SelectMany(s => s.Items).FirstOrDefault(i => i.Key == editor.Edit.ItemKey);
        var shown = item is null ? null : ShownValues.Of(item).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var state = new ModalState(modal.PrivateMetadata ?? string.Empty, channel, ts, editor.Opened.Draft?.Version ?? 0, shown);
        modal = modal with { PrivateMetadata = JsonSerializer.Serialize(state, SlackInteractivityJsonContext.Default.ModalState) };
        await api.OpenViewAsync(token, trigger, SlackBlocks.View(modal), cancellationToken).ConfigureAwait(false);
    }

    private void SendDirectMessages(SlackPlace place, Outcome.SendDirectMessage dm) => work.TryEnqueue("edit in DM", async cancellationToken =>
    {
        var token = await tokens.BotTokenAsync(place.Owner.Workspace, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"no bot token for workspace {place.Owner.Workspace}");
        var channel = (await api.OpenConversationAsync(token, place.Owner.UserId, cancellationToken).ConfigureAwait(false)).Channel?.Id
            ?? throw new InvalidOperationException("conversations.open returned no channel");
        foreach (var reply in dm.Replies)
        {
            foreach (var (text, blocks) in SlackBlocks.Render(reply, ReplyMode.Editable))
            {
                await api.PostMessageAsync(token, new PostMessageRequest(channel, text, blocks), cancellationToken).ConfigureAwait(false);
            }
        }
    });

    /// <summary>Queues the file for the person's DM with the bot (<see cref="UploadAsync"/>).</summary>
    public void SendFile(DraftOwner owner, Outcome.SendFile file) =>
        work.TryEnqueue("file upload", cancellationToken => UploadAsync(owner, file, cancellationToken));

    /// <summary>
    /// Shares the file in the person's DM with the bot (conversations.open, then Slack's external upload). When Slack
    /// refuses, the person reads why in the same DM.
    /// </summary>
    public async Task UploadAsync(DraftOwner owner, Outcome.SendFile file, CancellationToken cancellationToken)
    {
        var token = await tokens.BotTokenAsync(owner.Workspace, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"no bot token for workspace {owner.Workspace}");
        var channel = (await api.OpenConversationAsync(token, owner.UserId, cancellationToken).ConfigureAwait(false)).Channel?.Id
            ?? throw new InvalidOperationException("conversations.open returned no channel");
        try
        {
            await api.UploadFileAsync(token, channel, file.FileName, file.Content, url => UploadUrls.IsAllowed(url, options.Value), cancellationToken).ConfigureAwait(false);
        }
        catch (SlackApiException ex)
        {
            await api.PostMessageAsync(token, new PostMessageRequest(channel, Mrkdwn.Escape($"I couldn't share {file.FileName} here: Slack said {ex.Error}. Ask your Slack admin to reinstall GoalFrames with the files:write scope, or try again later.")), cancellationToken).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Carries out the outcome of work that outlived its deadline, once it finishes.</summary>
    private void Later(SlackPlace place, Task<Outcome> later) => work.TryEnqueue("late answer", async cancellationToken =>
    {
        var outcome = await later.ConfigureAwait(false);
        await CarryOutAsync(place with { TriggerId = null }, outcome, firstInput: null, cancellationToken).ConfigureAwait(false);
    });
}
