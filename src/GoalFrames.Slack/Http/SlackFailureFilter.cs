using GoalFrames.Slack.Api;
using GoalFrames.Slack.Commands;
using GoalFrames.Slack.Interactivity;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GoalFrames.Slack.Http;

/// <summary>
/// Around every Slack endpoint: an exception from a handler is logged, counted (<c>goalframes.slack.requests</c>,
/// outcome <c>failed</c>) and answered in Slack's form (<see cref="SlackFailureReply"/>) with a 200, so the person sees a
/// message instead of Slack's "dispatch_failed", and Slack does not retry.
/// </summary>
internal sealed partial class SlackFailureFilter(SlackWork work, SlackApiClient api, IOptions<SlackOptions> options, ILogger<SlackFailureFilter> logger) : IEndpointFilter
{
    /// <summary>Where an endpoint keeps the signed request it read, for this filter.</summary>
    public static void Remember(HttpContext context, SlackRequest? request)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (request is not null)
        {
            context.Items[typeof(SlackRequest)] = request;
        }
    }

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        try
        {
            return await next(context).ConfigureAwait(false);
        }

        // A request the server refused (too large, cut short) keeps its own status: it is the caller's, not a failure.
        catch (Exception ex) when (ex is not BadHttpRequestException && !http.RequestAborted.IsCancellationRequested)
        {
            var endpoint = http.Request.Path.Value?.TrimEnd('/').Split('/')[^1] ?? "slack";
            SlackMetrics.Count(endpoint, "failed");
            LogFailed(logger, ex, http.Request.Path.Value);
            return Answer(http, endpoint);
        }
    }

    private IResult Answer(HttpContext http, string endpoint)
    {
        var request = http.Items[typeof(SlackRequest)] as SlackRequest;
        switch (endpoint)
        {
            case "commands":
                return Results.Json(SlackFailureReply.Message, SlackJsonContext.Default.SlackMessage);
            case "interactivity" when SlackFailureReply.Interaction(request?.Form.GetValueOrDefault("payload")) is { } interaction:
                if (SlackFailureReply.ForViewSubmission(interaction) is { } errors)
                {
                    return Results.Json(errors, SlackInteractivityJsonContext.Default.ViewSubmissionErrors);
                }

                if (SlackFailureReply.ResponseUrl(interaction) is { } url && ResponseUrls.IsAllowed(url, options.Value))
                {
                    work.TryEnqueue("failure notice", ct => api.RespondAsync(url, SlackFailureReply.Message, ct));
                }

                return Results.Ok();
            case "commands" or "events" or "interactivity":
                return Results.Ok();
            default:
                return Results.Text(SlackFailureReply.Text + "\n", "text/plain", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Slack request to {Path} failed; answered with a friendly message")]
    private static partial void LogFailed(ILogger logger, Exception exception, string? path);
}
