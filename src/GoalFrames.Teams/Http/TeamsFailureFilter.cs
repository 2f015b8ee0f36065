using GoalFrames.Conversation;
using System.Text.Json;
using GoalFrames.Teams.Activities;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GoalFrames.Teams.Http;

/// <summary>
/// Around <c>/api/messages</c>: an exception while answering (the store is down, a bug) is logged and answered in the
/// Bot Framework's form, never a bare 500: an invoke gets an error invoke response (HTTP 200, <c>statusCode</c> 500,
/// <c>application/vnd.microsoft.error</c>) that Teams shows on the card; any other activity gets 200.
/// </summary>
internal sealed partial class TeamsFailureFilter(ILogger<TeamsFailureFilter> logger) : IEndpointFilter
{
    public const string Text = FailureWords.CouldNotFinish;

    /// <summary>Where the endpoint keeps the activity it read, for this filter.</summary>
    public static void Remember(HttpContext context, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items[typeof(Activity)] = activity;
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
            var activity = http.Items[typeof(Activity)] as Activity;
            LogFailed(logger, ex, activity?.Type, activity?.Name);
            if (activity?.Type != ActivityTypes.Invoke)
            {
                return Results.Ok();
            }

            var body = new InvokeResponseBody(
                StatusCodes.Status500InternalServerError,
                InvokeResponseBody.ErrorType,
                JsonSerializer.SerializeToElement(new InvokeError("ServiceUnavailable", Text), TeamsJsonContext.Default.InvokeError));
            return Results.Text(JsonSerializer.Serialize(body, TeamsJsonContext.Default.InvokeResponseBody), "application/json", statusCode: StatusCodes.Status200OK);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Teams {Type} activity ({Name}) failed; answered in the Bot Framework's form")]
    private static partial void LogFailed(ILogger logger, Exception exception, string? type, string? name);
}
