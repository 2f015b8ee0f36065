using System.Text.Json;
using GoalFrames.Slack.Commands;
using GoalFrames.Slack.Events;
using GoalFrames.Slack.Http;
using GoalFrames.Slack.Interactivity;

namespace GoalFrames.Slack.SocketMode;

/// <summary>Turns one envelope into its acknowledgement, using the same handlers as the HTTP endpoints.</summary>
internal sealed class SocketEnvelopeDispatcher(SlashCommandHandler commands, SlackEventQueue events, InteractivityHandler interactions)
{
    public async Task<SocketAck> DispatchAsync(SocketEnvelope envelope, CancellationToken cancellationToken)
    {
        var id = envelope.EnvelopeId ?? throw new ArgumentException("an envelope without envelope_id", nameof(envelope));
        if (envelope.Type == "slash_commands" && envelope.Payload is { ValueKind: JsonValueKind.Object } payload)
        {
            var fields = payload.EnumerateObject()
                .Where(p => p.Value.ValueKind == JsonValueKind.String)
                .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
            var reply = await commands.AnswerAsync(fields, cancellationToken).ConfigureAwait(false);
            return new SocketAck(id, envelope.AcceptsResponsePayload && reply is not null ? JsonSerializer.SerializeToElement(reply, SlackJsonContext.Default.SlackMessage) : null);
        }

        if (envelope.Type == "interactive" && envelope.Payload is { ValueKind: JsonValueKind.Object } interactive
            && interactive.Deserialize(SlackInteractivityJsonContext.Default.SlackInteraction) is { } interaction)
        {
            var errors = await interactions.AnswerAsync(interaction, cancellationToken).ConfigureAwait(false);
            return new SocketAck(id, errors is null ? null : JsonSerializer.SerializeToElement(errors, SlackInteractivityJsonContext.Default.ViewSubmissionErrors));
        }

        if (envelope.Type == "events_api" && envelope.Payload is { ValueKind: JsonValueKind.Object } eventPayload
            && eventPayload.Deserialize(SlackEventsJsonContext.Default.SlackEventEnvelope) is { Type: "event_callback", Event: not null } callback)
        {
            events.TryEnqueue(callback);
        }

        return new SocketAck(id, null);
    }

    /// <summary>The acknowledgement of an envelope whose handling failed: Slack's form of "that did not work" where the envelope takes a reply.</summary>
    public static SocketAck FailureAck(SocketEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var id = envelope.EnvelopeId ?? string.Empty;
        if (!envelope.AcceptsResponsePayload && envelope.Type != "interactive")
        {
            return new SocketAck(id, null);
        }

        return envelope switch
        {
            { Type: "slash_commands" } => new SocketAck(id, JsonSerializer.SerializeToElement(SlackFailureReply.Message, SlackJsonContext.Default.SlackMessage)),
            { Type: "interactive", Payload: { } payload } when SlackFailureReply.ForViewSubmission(payload) is { } errors =>
                new SocketAck(id, JsonSerializer.SerializeToElement(errors, SlackInteractivityJsonContext.Default.ViewSubmissionErrors)),
            _ => new SocketAck(id, null),
        };
    }
}
