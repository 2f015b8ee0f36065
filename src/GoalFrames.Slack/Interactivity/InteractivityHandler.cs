using System.Text.Json;
using GoalFrames.Engine;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Engine.Drafts;
using GoalFrames.Rendering.BlockKit;
using GoalFrames.Rendering.Chat;
using GoalFrames.Slack.Api;
using GoalFrames.Slack.Commands;
using GoalFrames.Slack.Http;
using GoalFrames.Slack.Installs;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace GoalFrames.Slack.Interactivity;

/// <summary>
/// <c>POST /slack/interactivity</c>: buttons (switch framework, copy as text, post to channel, edit in DM, edit a goal,
/// reset) and the edit modal's submission. A save merges into the owner's draft at the version the modal was opened on,
/// then updates the DM message in place; field problems come back as errors under their inputs.
/// </summary>
internal sealed class InteractivityHandler(
    SlackApiClient api,
    SlackTokens tokens,
    GoalsResponder responder,
    IEnumerable<DraftEditor> editors,
    SlackWork work,
    IOptions<SlackOptions> options)
{
    private readonly DraftEditor? _editor = editors.FirstOrDefault();

    public async Task<IResult> HandleAsync(SlackRequest request, CancellationToken cancellationToken)
    {
        if (!request.Form.TryGetValue("payload", out var json) || string.IsNullOrEmpty(json))
        {
            return Refuse("the form has no 'payload' field");
        }

        SlackInteraction? interaction;
        try
        {
            interaction = JsonSerializer.Deserialize(json, SlackInteractivityJsonContext.Default.SlackInteraction);
        }
        catch (JsonException ex)
        {
            return Refuse("the payload is not JSON: " + ex.Message);
        }

        if (string.IsNullOrEmpty(interaction?.Type))
        {
            return Refuse("the payload has no 'type'");
        }

        if (interaction.Type is "block_actions" or "view_submission" && Owner(interaction) is null)
        {
            return Refuse("the payload names no user or team");
        }

        var errors = await AnswerAsync(interaction, cancellationToken).ConfigureAwait(false);
        return errors is null ? Results.Ok() : Results.Json(errors, SlackInteractivityJsonContext.Default.ViewSubmissionErrors);
    }

    /// <summary>
    /// Handles one interaction, over HTTP or Socket Mode alike. Returns the errors to show in a modal, or null when the
    /// acknowledgement needs no body (Slack then closes a submitted modal).
    /// </summary>
    public async Task<ViewSubmissionErrors?> AnswerAsync(SlackInteraction interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var owner = Owner(interaction);
        switch (interaction.Type)
        {
            case "block_actions" when owner is not null:
                await BlockActionAsync(interaction, owner, cancellationToken).ConfigureAwait(false);
                return null;
            case "view_submission" when owner is not null:
                return await ViewSubmissionAsync(interaction, owner, cancellationToken).ConfigureAwait(false);
            default:
                return null;
        }
    }

    private static DraftOwner? Owner(SlackInteraction? interaction) =>
        interaction?.User?.Id is { Length: > 0 } user && (interaction.User.TeamId ?? interaction.Team?.Id) is { Length: > 0 } team
            ? new DraftOwner("slack", team, user)
            : null;

    private async Task BlockActionAsync(SlackInteraction interaction, DraftOwner owner, CancellationToken cancellationToken)
    {
        var value = interaction.Actions?.FirstOrDefault(a => !string.IsNullOrEmpty(a.Value))?.Value;
        if (ActionPayloads.Parse(value) is not ActionReadResult.Accepted { Action: var action })
        {
            await ReplyAsync(interaction, "That button belongs to an older message; run /goals again.", cancellationToken).ConfigureAwait(false);
            return;
        }

        switch (action)
        {
            case GoalsAction.Run run:
                await ReplaceAsync(interaction, responder.Respond(run.ToCommand()), cancellationToken).ConfigureAwait(false);
                break;
            case GoalsAction.SwitchFramework switchTo:
                await ReplaceAsync(interaction, responder.Respond(switchTo.ToCommand()), cancellationToken).ConfigureAwait(false);
                break;
            case GoalsAction.CopyAsText copy:
                // The text is the presser's own: their saved values in place, as on Teams and in the exports.
                var text = _editor is null ? null : await _editor.ShowAsync(owner, copy.ProfileId, GoalsAction.KindsOf(copy.Kind), asText: true, cancellationToken).ConfigureAwait(false);
                await ReplaceAsync(interaction, text ?? responder.Respond(copy.ToCommand()), cancellationToken).ConfigureAwait(false);
                break;
            case GoalsAction.PostToChannel post:
                await PostToChannelAsync(interaction, post, cancellationToken).ConfigureAwait(false);
                break;
            case GoalsAction.EditInDirectMessage edit:
                EditInDirectMessage(owner, edit);
                await ReplyAsync(interaction, "I've sent the goals to your direct messages with GoalFrames; fill them in there.", cancellationToken).ConfigureAwait(false);
                break;
            case GoalsAction.EditGoal { Kind: { } kind } edit when _editor is not null && interaction.Container is { MessageTs: { } ts, ChannelId: { } channel, IsEphemeral: false }:
                await OpenEditorAsync(interaction, owner, edit, kind, channel, ts, cancellationToken).ConfigureAwait(false);
                break;
            case GoalsAction.Reset { Kind: { } kind } reset when _editor is not null && interaction.Container is { MessageTs: { } ts, ChannelId: { } channel }:
                await ResetAsync(owner, reset.ProfileId, kind, channel, ts, cancellationToken).ConfigureAwait(false);
                break;
            case GoalsAction.AcceptCanonChange accept when _editor is not null && interaction.Container is { MessageTs: { } ts, ChannelId: { } channel, IsEphemeral: false }:
                await AcceptCanonChangeAsync(interaction, owner, accept, channel, ts, cancellationToken).ConfigureAwait(false);
                break;
            default:
                await ReplyAsync(interaction, "That works in your direct messages with GoalFrames: choose *Edit in DM* first.", cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private async Task<ViewSubmissionErrors?> ViewSubmissionAsync(SlackInteraction interaction, DraftOwner owner, CancellationToken cancellationToken)
    {
        var view = interaction.View;
        if (view?.CallbackId != BlockKitRenderer.EditModalCallbackId || _editor is null)
        {
            return null;
        }

        ModalState? state;
        try
        {
            state = JsonSerializer.Deserialize(view.PrivateMetadata ?? string.Empty, SlackInteractivityJsonContext.Default.ModalState);
        }
        catch (JsonException)
        {
            state = null;
        }

        var inputs = (view.State?.Values ?? new Dictionary<string, IReadOnlyDictionary<string, SlackInputValue>>())
            .Select(block => (Block: block.Key, Value: block.Value.Values.Select(v => v.SelectedDate ?? v.Value).FirstOrDefault()))
            .ToList();
        var firstBlock = inputs.Count > 0 ? inputs[0].Block : "none";
        if (state is null)
        {
            return Errors(firstBlock, "This dialog is from an older version of GoalFrames; close it and choose Edit again.");
        }

        var fieldErrors = inputs
            .Where(i => GoalInputs.TryParse(i.Block, out _, out var slot) && GoalInputs.KindOf(slot) == Engine.Pieces.PlaceholderKind.Date && !string.IsNullOrWhiteSpace(i.Value) && !GoalInputs.IsDate(i.Value))
            .ToDictionary(i => i.Block, _ => "Use a date like 2027-03-31.");
        foreach (var tooLong in inputs.Where(i => i.Value?.Length > GoalInputs.MaxValueLength))
        {
            fieldErrors[tooLong.Block] = $"Keep it under {GoalInputs.MaxValueLength} characters.";
        }

        if (fieldErrors.Count > 0)
        {
            return new ViewSubmissionErrors("errors", fieldErrors);
        }

        var values = inputs.Select(i => new KeyValuePair<string, string>(i.Block, i.Value ?? string.Empty)).ToList();
        if (ActionPayloads.Parse(state.Save, values) is not ActionReadResult.Accepted { Action: GoalsAction.Save { Kind: { } kind } save })
        {
            return Errors(firstBlock, "These values could not be read; close the dialog and choose Edit again.");
        }

        var edited = inputs
            .Select(i => GoalInputs.TryParse(i.Block, out var item, out var slot) ? new DraftValue(item, slot, i.Value?.Trim() ?? string.Empty) : null)
            .OfType<DraftValue>()
            .ToList();
        var result = await _editor.SaveAsync(owner, save.ProfileId, kind, edited, state.Version, cancellationToken).ConfigureAwait(false);
        switch (result)
        {
            case SaveResult.Saved:
                await UpdateDirectMessageAsync(owner, save.ProfileId, kind, state.Channel, state.Ts, cancellationToken).ConfigureAwait(false);
                return null;
            case SaveResult.Conflict:
                await UpdateDirectMessageAsync(owner, save.ProfileId, kind, state.Channel, state.Ts, cancellationToken).ConfigureAwait(false);
                return Errors(firstBlock, "Changed elsewhere since you opened this; the message now shows the latest. Close this and choose Edit again.");
            case SaveResult.NotFound:
                return Errors(firstBlock, "This draft was deleted (goals forget); close this and start again from /goals.");
            default:
                return Errors(firstBlock, "This profile is no longer in the canon; nothing was saved.");
        }
    }

    private async Task OpenEditorAsync(SlackInteraction interaction, DraftOwner owner, GoalsAction.EditGoal edit, FrameKind kind, string channel, string ts, CancellationToken cancellationToken)
    {
        var opened = await _editor!.OpenAsync(owner, edit.ProfileId, kind, cancellationToken).ConfigureAwait(false);
        var token = await tokens.BotTokenAsync(owner.Workspace, cancellationToken).ConfigureAwait(false);
        if (opened is not { } current || token is null || interaction.TriggerId is null)
        {
            await ReplyAsync(interaction, "This goal can't be edited any more; run /goals again.", cancellationToken).ConfigureAwait(false);
            return;
        }

        var modal = BlockKitRenderer.RenderEditModal(current.Sheet, edit);
        var state = new ModalState(modal.PrivateMetadata ?? string.Empty, channel, ts, current.Draft?.Version ?? 0);
        modal = modal with { PrivateMetadata = JsonSerializer.Serialize(state, SlackInteractivityJsonContext.Default.ModalState) };
        await api.OpenViewAsync(token, interaction.TriggerId, SlackBlocks.View(modal), cancellationToken).ConfigureAwait(false);
    }

    private async Task ResetAsync(DraftOwner owner, string profileId, FrameKind kind, string channel, string ts, CancellationToken cancellationToken)
    {
        var opened = await _editor!.OpenAsync(owner, profileId, kind, cancellationToken).ConfigureAwait(false);
        if (opened is { Draft: { } draft })
        {
            var cleared = draft.Content.Values.Select(v => v with { Value = string.Empty }).ToList();
            await _editor.SaveAsync(owner, profileId, kind, cleared, draft.Version, cancellationToken).ConfigureAwait(false);
        }

        await UpdateDirectMessageAsync(owner, profileId, kind, channel, ts, cancellationToken).ConfigureAwait(false);
    }

    private async Task AcceptCanonChangeAsync(SlackInteraction interaction, DraftOwner owner, GoalsAction.AcceptCanonChange accept, string channel, string ts, CancellationToken cancellationToken)
    {
        if (await _editor!.AcceptCanonChangeAsync(owner, accept.ProfileId, accept.Framework, accept.ItemKey, cancellationToken).ConfigureAwait(false) is not SaveResult.Saved)
        {
            await ReplyAsync(interaction, "That draft is gone or changed elsewhere; the message now shows the latest.", cancellationToken).ConfigureAwait(false);
        }

        await UpdateDirectMessageAsync(owner, accept.ProfileId, accept.Framework, channel, ts, cancellationToken).ConfigureAwait(false);
    }

    private void EditInDirectMessage(DraftOwner owner, GoalsAction.EditInDirectMessage edit)
    {
        var kinds = GoalsAction.KindsOf(edit.Kind);
        work.TryEnqueue("edit in DM", async cancellationToken =>
        {
            var token = await tokens.BotTokenAsync(owner.Workspace, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"no bot token for workspace {owner.Workspace}");
            var dm = (await api.OpenConversationAsync(token, owner.UserId, cancellationToken).ConfigureAwait(false)).Channel?.Id
                ?? throw new InvalidOperationException("conversations.open returned no channel");
            foreach (var kind in kinds)
            {
                if (await _editor!.ShowAsync(owner, edit.ProfileId, [kind], asText: false, cancellationToken).ConfigureAwait(false) is not { } shown || shown.Sheet.Sections.Count == 0)
                {
                    continue;
                }

                foreach (var (text, blocks) in SlackBlocks.Render(shown, ReplyMode.Editable))
                {
                    await api.PostMessageAsync(token, new PostMessageRequest(dm, text, blocks), cancellationToken).ConfigureAwait(false);
                }
            }
        });
    }

    private async Task UpdateDirectMessageAsync(DraftOwner owner, string profileId, FrameKind kind, string channel, string ts, CancellationToken cancellationToken)
    {
        var token = await tokens.BotTokenAsync(owner.Workspace, cancellationToken).ConfigureAwait(false);
        if (token is null || await _editor!.ShowAsync(owner, profileId, [kind], asText: false, cancellationToken).ConfigureAwait(false) is not { } shown)
        {
            return;
        }

        var (text, blocks) = SlackBlocks.Render(shown, ReplyMode.Editable)[0];
        await api.UpdateMessageAsync(token, new PostMessageRequest(channel, text, blocks, Ts: ts), cancellationToken).ConfigureAwait(false);
    }

    private async Task PostToChannelAsync(SlackInteraction interaction, GoalsAction.PostToChannel post, CancellationToken cancellationToken)
    {
        var reply = responder.Respond(new Engine.Commands.GoalsCommand.ShowFrames(new Engine.Commands.ProfileTarget(post.ProfileId, null), GoalsAction.KindsOf(post.Kind), AsText: false));
        foreach (var (text, blocks) in SlackBlocks.Render(reply, ReplyMode.Posted))
        {
            await RespondAsync(interaction, new SlackMessage("in_channel", text, blocks, ReplaceOriginal: false), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ReplaceAsync(SlackInteraction interaction, GoalsReply reply, CancellationToken cancellationToken)
    {
        var messages = SlackBlocks.Render(reply, ReplyMode.Private);
        for (var i = 0; i < messages.Count; i++)
        {
            await RespondAsync(interaction, new SlackMessage("ephemeral", messages[i].Text, messages[i].Blocks, ReplaceOriginal: i == 0), cancellationToken).ConfigureAwait(false);
        }
    }

    private Task ReplyAsync(SlackInteraction interaction, string text, CancellationToken cancellationToken) =>
        RespondAsync(interaction, new SlackMessage("ephemeral", text, ReplaceOriginal: false), cancellationToken);

    private async Task RespondAsync(SlackInteraction interaction, SlackMessage message, CancellationToken cancellationToken)
    {
        if (interaction.ResponseUrl is { } url && ResponseUrls.IsAllowed(url, options.Value))
        {
            await api.RespondAsync(url, message, cancellationToken).ConfigureAwait(false);
        }
    }

    private static ViewSubmissionErrors Errors(string block, string message) =>
        new("errors", new Dictionary<string, string> { [block] = message });

    private static IResult Refuse(string reason) => Results.Text(reason + "\n", "text/plain", statusCode: StatusCodes.Status400BadRequest);
}
