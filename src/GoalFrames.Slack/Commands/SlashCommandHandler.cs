using GoalFrames.Engine.Conversation;
using GoalFrames.Slack.Http;
using Microsoft.AspNetCore.Http;

namespace GoalFrames.Slack.Commands;

/// <summary>
/// Answers <c>/goals …</c>: parses the text with the shared grammar and replies at once, privately to the asker.
/// The same answer serves the HTTP endpoint and Socket Mode.
/// </summary>
internal sealed class SlashCommandHandler(GoalsResponder responder, UserRateLimiter limiter, ReplyCache cache)
{
    public IResult Handle(SlackRequest request)
    {
        if (request.Form.TryGetValue("ssl_check", out var ssl) && ssl == "1")
        {
            return Results.Ok();
        }

        var reply = Reply(request.Form);
        return reply is null
            ? Results.Text("the form has no 'command' field\n", "text/plain", statusCode: StatusCodes.Status400BadRequest)
            : Results.Bytes(reply.Json, "application/json");
    }

    /// <summary>The reply to a slash command's fields, or null when they name no command.</summary>
    public SlackMessage? Answer(IReadOnlyDictionary<string, string> fields) => Reply(fields)?.Message;

    private CachedReply? Reply(IReadOnlyDictionary<string, string> fields)
    {
        if (!fields.TryGetValue("command", out var command) || string.IsNullOrEmpty(command))
        {
            return null;
        }

        fields.TryGetValue("text", out var text);
        fields.TryGetValue("team_id", out var team);
        fields.TryGetValue("user_id", out var user);
        var wait = limiter.TryAcquire($"slack:{team}:{user}");
        if (wait > TimeSpan.Zero)
        {
            var slowDown = new SlackMessage("ephemeral", $"You're asking quickly; give it {Math.Ceiling(wait.TotalSeconds):0} seconds and try again.");
            return new CachedReply(slowDown, ReplyCache.Serialize(slowDown));
        }

        return cache.GetOrAdd(responder.Canon.Fingerprint, command, text, () => new SlackMessage("ephemeral", SlackText.Of(responder.Respond(text), command)));
    }
}
