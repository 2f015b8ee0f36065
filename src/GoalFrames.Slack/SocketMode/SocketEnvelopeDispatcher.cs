using System.Text.Json;
using GoalFrames.Slack.Commands;
using GoalFrames.Slack.Events;

namespace GoalFrames.Slack.SocketMode;

/// <summary>Turns one envelope into its acknowledgement, using the same handlers as the HTTP endpoints.</summary>
internal sealed class SocketEnvelopeDispatcher(SlashCommandHandler commands, SlackEventQueue events)
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
            return new SocketAck(id, envelope.AcceptsResponsePayload ? reply : null);
        }

        if (envelope.Type == "events_api" && envelope.Payload is { ValueKind: JsonValueKind.Object } eventPayload
            && eventPayload.Deserialize(SlackEventsJsonContext.Default.SlackEventEnvelope) is { Type: "event_callback", Event: not null } callback)
        {
            events.TryEnqueue(callback);
        }

        return new SocketAck(id, null);
    }
}
