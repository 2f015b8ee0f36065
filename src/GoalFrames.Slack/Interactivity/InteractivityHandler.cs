using System.Text.Json;
using GoalFrames.Conversation;
using GoalFrames.Conversation.Outcomes;
using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Engine.Drafts;
using GoalFrames.Rendering.BlockKit;
using GoalFrames.Slack.Http;
using Microsoft.AspNetCore.Http;

namespace GoalFrames.Slack.Interactivity;

/// <summary>
/// <c>POST /slack/interactivity</c>: translates a button press (<c>block_actions</c>) or an edit dialog's submission
/// (<c>view_submission</c>) into the conversation core's vocabulary, and its outcome back into Slack's form through
/// <see cref="SlackOutcomes"/>. Who pressed always comes from the signed payload, never from the button.
/// </summary>
internal sealed class InteractivityHandler(ConversationCore core, SlackOutcomes outcomes)
{
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
    /// Handles one interaction, over HTTP or Socket Mode alike. Returns the errors to show in a dialog, or null when the
    /// acknowledgement needs no body (Slack then closes a submitted dialog).
    /// </summary>
    public async Task<ViewSubmissionErrors?> AnswerAsync(SlackInteraction interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        if (Owner(interaction) is not { } owner)
        {
            return null;
        }

        return interaction.Type switch
        {
            "block_actions" => await BlockActionAsync(interaction, owner, cancellationToken).ConfigureAwait(false),
            "view_submission" => await ViewSubmissionAsync(interaction, owner, cancellationToken).ConfigureAwait(false),
            _ => null,
        };
    }

    private static DraftOwner? Owner(SlackInteraction? interaction) =>
        ConversationRequest.From("slack", interaction?.User?.TeamId ?? interaction?.Team?.Id, interaction?.User?.Id, SurfaceKind.DirectMessage).Owner;

    /// <summary>Who can see the pressed message: our DM with the person, an ephemeral reply, or a shared post.</summary>
    private static SurfaceKind SurfaceOf(SlackContainer? container) => container switch
    {
        { IsEphemeral: true } => SurfaceKind.PrivateInSharedConversation,
        { ChannelId: ['D', ..] } => SurfaceKind.DirectMessage,
        _ => SurfaceKind.SharedConversation,
    };

    private async Task<ViewSubmissionErrors?> BlockActionAsync(SlackInteraction interaction, DraftOwner owner, CancellationToken cancellationToken)
    {
        var request = ConversationRequest.Of(owner, SurfaceOf(interaction.Container)) with { Name = interaction.User?.Name ?? interaction.User?.UserName };
        var value = interaction.Actions?.FirstOrDefault(a => !string.IsNullOrEmpty(a.Value))?.Value;
        var typed = (interaction.State?.Values ?? new Dictionary<string, IReadOnlyDictionary<string, SlackInputValue>>())
            .SelectMany(block => block.Value.Select(input => KeyValuePair.Create(input.Key, input.Value.SelectedDate ?? input.Value.Value ?? string.Empty)));
        var outcome = ActionPayloads.Parse(value, typed) switch
        {
            ActionReadResult.Accepted accepted => await core.ActionAsync(request, accepted.Action, cancellationToken).ConfigureAwait(false),
            ActionReadResult.Rejected rejected => ConversationCore.Unreadable(request, rejected.Reason),
            _ => ConversationCore.Unreadable(request, "no data"),
        };
        var place = new SlackPlace(owner, interaction.ResponseUrl, interaction.TriggerId, interaction.Container?.ChannelId, interaction.Container?.MessageTs, interaction.Container?.IsEphemeral == true);
        return await outcomes.CarryOutAsync(place, outcome, firstInput: null, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ViewSubmissionErrors?> ViewSubmissionAsync(SlackInteraction interaction, DraftOwner owner, CancellationToken cancellationToken)
    {
        var view = interaction.View;
        if (view?.CallbackId != BlockKitRenderer.EditModalCallbackId)
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
            .Select(block => KeyValuePair.Create(block.Key, block.Value.Values.Select(v => v.SelectedDate ?? v.Value).FirstOrDefault() ?? string.Empty))
            .ToList();
        var firstInput = inputs.Count > 0 ? inputs[0].Key : "none";
        var request = ConversationRequest.Of(owner, SurfaceKind.DirectMessage) with { InDialog = true };
        Outcome outcome;
        if (state is null)
        {
            outcome = ConversationCore.Unreadable(request, "this dialog is from an older version of GoalFrames; close it and choose Edit again");
        }
        else
        {
            // The typed values are checked by the core, which answers each field under its input.
            outcome = ActionPayloads.Parse(state.Save) is ActionReadResult.Accepted { Action: GoalsAction.Save save }
                ? await core.ActionAsync(request, save with
                {
                    Values = [.. inputs.Select(i => GoalInputs.TryParse(i.Key, out var item, out var slot) ? new DraftValue(item, slot, i.Value) : null).OfType<DraftValue>()],
                    Versions = save.Kind is { } kind ? new Dictionary<Engine.FrameKind, int> { [kind] = state.Version } : save.Versions,
                    Shown = state.Shown ?? save.Shown,
                }, cancellationToken).ConfigureAwait(false)
                : ConversationCore.Unreadable(request, "these values could not be read; close the dialog and choose Edit again");
        }

        var place = new SlackPlace(owner, ResponseUrl: null, TriggerId: null, state?.Channel, state?.Ts, Ephemeral: false);
        return await outcomes.CarryOutAsync(place, outcome, firstInput, cancellationToken).ConfigureAwait(false);
    }

    private static IResult Refuse(string reason) => Results.Text(reason + "\n", "text/plain", statusCode: StatusCodes.Status400BadRequest);
}
