using GoalFrames.Engine.Commands;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Drafts;
using GoalFrames.Rendering.Chat;
using GoalFrames.Slack.Api;
using GoalFrames.Slack.Http;
using GoalFrames.Slack.Interactivity;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Http;

namespace GoalFrames.Slack.Commands;

/// <summary>
/// Answers <c>/goals …</c>: parses the text with the shared grammar and replies at once, privately to the asker.
/// The same answer serves the HTTP endpoint and Socket Mode.
/// </summary>
internal sealed class SlashCommandHandler(
    GoalsResponder responder,
    UserRateLimiter limiter,
    ReplyCache cache,
    IEnumerable<DraftCommands> drafts,
    SlackApiClient api,
    SlackWork work,
    IOptions<SlackOptions> options)
{
    private readonly DraftCommands? _drafts = drafts.FirstOrDefault();

    public async Task<IResult> HandleAsync(SlackRequest request, CancellationToken cancellationToken)
    {
        if (request.Form.TryGetValue("ssl_check", out var ssl) && ssl == "1")
        {
            return Results.Ok();
        }

        var reply = await ReplyAsync(request.Form, cancellationToken).ConfigureAwait(false);
        FollowUp(request.Form, reply);
        return reply is null
            ? Results.Text("the form has no 'command' field\n", "text/plain", statusCode: StatusCodes.Status400BadRequest)
            : Results.Bytes(reply.Json, "application/json");
    }

    /// <summary>The reply to a slash command's fields, or null when they name no command.</summary>
    public async Task<SlackMessage?> AnswerAsync(IReadOnlyDictionary<string, string> fields, CancellationToken cancellationToken)
    {
        var reply = await ReplyAsync(fields, cancellationToken).ConfigureAwait(false);
        FollowUp(fields, reply);
        return reply?.Message;
    }

    /// <summary>Sends the rest of a long reply through the command's response_url, after the acknowledgement.</summary>
    private void FollowUp(IReadOnlyDictionary<string, string> fields, CachedReply? reply)
    {
        if (reply is not { FollowUps.Count: > 0 } || !fields.TryGetValue("response_url", out var url)
            || !Uri.TryCreate(url, UriKind.Absolute, out var responseUrl) || !ResponseUrls.IsAllowed(responseUrl, options.Value))
        {
            return;
        }

        work.TryEnqueue("long reply", async cancellationToken =>
        {
            foreach (var message in reply.FollowUps)
            {
                await api.RespondAsync(responseUrl, message, cancellationToken).ConfigureAwait(false);
            }
        });
    }

    private async Task<CachedReply?> ReplyAsync(IReadOnlyDictionary<string, string> fields, CancellationToken cancellationToken)
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
            return Fresh($"You're asking quickly; give it {Math.Ceiling(wait.TotalSeconds):0} seconds and try again.");
        }

        var parsed = GoalsCommandParser.Parse(text);
        if (parsed is GoalsCommand.Mine or GoalsCommand.Forget)
        {
            if (_drafts is null || string.IsNullOrEmpty(team) || string.IsNullOrEmpty(user))
            {
                return Fresh("Saved drafts are not available here.");
            }

            var owner = new DraftOwner("slack", team, user);
            var reply = await _drafts.HandleAsync(owner, parsed, cancellationToken).ConfigureAwait(false);
            return Fresh(SlackDraftsText.Of(reply, responder.Canon, command));
        }

        return cache.GetOrAdd(responder.Canon.Fingerprint, command, text, () =>
            [.. SlackBlocks.Render(responder.Respond(parsed), ReplyMode.Private).Select(m => new SlackMessage("ephemeral", m.Text, m.Blocks))]);
    }

    private static CachedReply Fresh(string text) => new(new SlackMessage("ephemeral", text));
}
