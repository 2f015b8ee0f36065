using System.Text.Json;
using GoalFrames.Slack.Http;
using Microsoft.AspNetCore.Http;

namespace GoalFrames.Slack.Commands;

/// <summary>The Events API endpoint: answers the url_verification handshake (after the signature check).</summary>
internal static class EventsHandler
{
    public static IResult Handle(SlackRequest request)
    {
        UrlVerification? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize(request.Body, SlackJsonContext.Default.UrlVerification);
        }
        catch (JsonException ex)
        {
            return Results.Text($"the body is not JSON: {ex.Message}\n", "text/plain", statusCode: StatusCodes.Status400BadRequest);
        }

        if (envelope?.Type == "url_verification" && !string.IsNullOrEmpty(envelope.Challenge))
        {
            return Results.Text(envelope.Challenge, "text/plain");
        }

        if (string.IsNullOrEmpty(envelope?.Type))
        {
            return Results.Text("the event has no 'type'\n", "text/plain", statusCode: StatusCodes.Status400BadRequest);
        }

        // Acknowledge every other event type at once, as Slack requires; event handling arrives with the events work.
        return Results.Ok();
    }
}
