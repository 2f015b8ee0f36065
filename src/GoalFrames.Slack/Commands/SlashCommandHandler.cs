using GoalFrames.Conversation;
using GoalFrames.Conversation.Outcomes;
using GoalFrames.Engine.Conversation;
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
    ConversationCore core,
    GoalsResponder responder,
    ReplyCache cache,
    SlackApiClient api,
    SlackWork work,
    SlackOutcomes outcomes,
    IOptions<SlackOptions> options)
{
    public async Task<IResult> HandleAsync(SlackRequest request, CancellationToken cancellationToken)
    {
        if (request.Form.TryGetValue("ssl_check", out var ssl) && ssl == "1")
        {
            return Results.Ok();
        }

        var reply = await ReplyAsync(request.Form, cancellationToken).ConfigureAwait(false);
        return reply is null
            ? Results.Text("the form has no 'command' field\n", "text/plain", statusCode: StatusCodes.Status400BadRequest)
            : Results.Bytes(reply.Json, "application/json");
    }

    /// <summary>The reply to a slash command's fields, or null when they name no command.</summary>
    public async Task<SlackMessage?> AnswerAsync(IReadOnlyDictionary<string, string> fields, CancellationToken cancellationToken) =>
        (await ReplyAsync(fields, cancellationToken).ConfigureAwait(false))?.Message;

    /// <summary>Sends messages through the command's response_url, after the acknowledgement.</summary>
    private void FollowUp(IReadOnlyDictionary<string, string> fields, Func<CancellationToken, Task<IReadOnlyList<SlackMessage>>> messages)
    {
        if (!fields.TryGetValue("response_url", out var url)
            || !Uri.TryCreate(url, UriKind.Absolute, out var responseUrl) || !ResponseUrls.IsAllowed(responseUrl, options.Value))
        {
            return;
        }

        work.TryEnqueue("long reply", async cancellationToken =>
        {
            foreach (var message in await messages(cancellationToken).ConfigureAwait(false))
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
        var request = ConversationRequest.From("slack", team, user, SurfaceKind.PrivateInSharedConversation);
        var outcome = await core.LineAsync(request, text, cancellationToken).ConfigureAwait(false);
        var answer = outcome.Said ?? new Answer.Words("Done.");
        SendFile(request, outcome);
        if (outcome is Outcome.Pending late)
        {
            FollowUp(fields, async _ =>
            {
                var later = await late.Later.ConfigureAwait(false);
                SendFile(request, later);
                return Ephemeral(later.Said ?? new Answer.Words("Done."));
            });
        }

        var rendered = answer is Answer.Goals { Personal: false } goals
            ? cache.GetOrAdd(responder.Canon.Fingerprint, command, goals.Mode + "\n" + text, () => Ephemeral(answer))
            : Create(Ephemeral(answer));
        if (rendered.FollowUps.Count > 0)
        {
            FollowUp(fields, _ => Task.FromResult(rendered.FollowUps));
        }

        return rendered;
    }

    /// <summary>A file goes to the person's DM with the bot; the words answer the command where it was typed.</summary>
    private void SendFile(ConversationRequest request, Outcome outcome)
    {
        if (outcome is Outcome.SendFile file && request.Owner is { } owner)
        {
            outcomes.SendFile(owner, file);
        }
    }

    private static IReadOnlyList<SlackMessage> Ephemeral(Answer answer) =>
        [.. SlackOutcomes.Messages(answer, out _).Select(m => new SlackMessage("ephemeral", m.Text, m.Blocks))];

    private static CachedReply Create(IReadOnlyList<SlackMessage> messages) => new(messages[0], ReplyCache.Serialize(messages[0]), [.. messages.Skip(1)]);
}
