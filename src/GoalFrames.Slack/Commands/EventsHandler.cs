using System.Text.Json;
using GoalFrames.Slack.Events;
using GoalFrames.Slack.Http;
using Microsoft.AspNetCore.Http;

namespace GoalFrames.Slack.Commands;

/// <summary>
/// The Events API endpoint: answers the url_verification handshake, and acknowledges every event callback at once,
/// queueing it for <see cref="SlackEventWorker"/> (retries are harmless: events are handled once by id).
/// </summary>
internal sealed class EventsHandler(SlackEventQueue queue)
{
    public IResult Handle(SlackRequest request)
    {
        SlackEventEnvelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize(request.Body, SlackEventsJsonContext.Default.SlackEventEnvelope);
        }
        catch (JsonException ex)
        {
            return Results.Text($"the body is not JSON: {ex.Message}\n", "text/plain", statusCode: StatusCodes.Status400BadRequest);
        }

        switch (envelope?.Type)
        {
            case "url_verification" when !string.IsNullOrEmpty(envelope.Challenge):
                return Results.Text(envelope.Challenge, "text/plain");
            case "event_callback" when envelope.Event is not null:
                queue.TryEnqueue(envelope);
                return Results.Ok();
            case null or "":
                return Results.Text("the event has no 'type'\n", "text/plain", statusCode: StatusCodes.Status400BadRequest);
            default:
                return Results.Ok();
        }
    }
}
