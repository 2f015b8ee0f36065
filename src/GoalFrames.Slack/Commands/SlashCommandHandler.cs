using System.Text.Json;
using GoalFrames.Engine.Conversation;
using GoalFrames.Slack.Http;
using Microsoft.AspNetCore.Http;

namespace GoalFrames.Slack.Commands;

/// <summary>Answers <c>/goals …</c>: parses the text with the shared grammar and replies at once, privately to the asker.</summary>
internal sealed class SlashCommandHandler(GoalsResponder responder)
{
    public IResult Handle(SlackRequest request)
    {
        if (request.Form.TryGetValue("ssl_check", out var ssl) && ssl == "1")
        {
            return Results.Ok();
        }

        if (!request.Form.TryGetValue("command", out var command) || string.IsNullOrEmpty(command))
        {
            return Results.Text("the form has no 'command' field\n", "text/plain", statusCode: StatusCodes.Status400BadRequest);
        }

        request.Form.TryGetValue("text", out var text);
        var reply = responder.Respond(text);
        var message = new SlackMessage("ephemeral", SlackText.Of(reply, command));
        return Results.Text(JsonSerializer.Serialize(message, SlackJsonContext.Default.SlackMessage), "application/json");
    }
}
