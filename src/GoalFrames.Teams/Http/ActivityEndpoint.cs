using System.Text.Json;
using GoalFrames.Teams.Activities;
using GoalFrames.Teams.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace GoalFrames.Teams.Http;

/// <summary>
/// <c>/api/messages</c>: POST only (405), a bearer token when an app id is configured (401), a body that is an activity
/// with a type (400; 413 when too large), then the activity admitted (401/403: <see cref="ActivityAdmission"/>), then
/// the dispatcher. Without an app id (local development) only requests this machine sent directly are served.
/// </summary>
internal sealed class ActivityEndpoint(ActivityAdmission admission, ActivityDispatcher dispatcher, IOptions<TeamsOptions> options)
{
    public async Task<IResult> HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.Request;
        var cancellationToken = context.RequestAborted;
        if (!HttpMethods.IsPost(http.Method))
        {
            context.Response.Headers.Allow = "POST";
            return TeamsResults.Refuse(StatusCodes.Status405MethodNotAllowed, "only POST is accepted here");
        }

        var settings = options.Value;
        var (request, token) = admission.CheckRequest(context);
        if (!request.IsAccepted)
        {
            return TeamsResults.Refuse(request.Status, request.Reason!);
        }

        if (http.ContentLength > settings.MaxBodyBytes)
        {
            return TeamsResults.Refuse(StatusCodes.Status413PayloadTooLarge, $"the body is larger than {settings.MaxBodyBytes} bytes");
        }

        var body = await ReadCappedAsync(http.Body, settings.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return TeamsResults.Refuse(StatusCodes.Status413PayloadTooLarge, $"the body is larger than {settings.MaxBodyBytes} bytes");
        }

        if (body.Length == 0)
        {
            return TeamsResults.Refuse(StatusCodes.Status400BadRequest, "the body is empty; an activity was expected");
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(body, TeamsJsonContext.Default.Activity);
        }
        catch (JsonException ex)
        {
            return TeamsResults.Refuse(StatusCodes.Status400BadRequest, $"the body is not an activity: {ex.Message}");
        }

        if (string.IsNullOrWhiteSpace(activity?.Type))
        {
            return TeamsResults.Refuse(StatusCodes.Status400BadRequest, "the activity has no 'type'");
        }

        TeamsFailureFilter.Remember(context, activity);
        var admitted = await admission.AdmitAsync(token, activity, cancellationToken).ConfigureAwait(false);
        if (!admitted.IsAccepted)
        {
            return TeamsResults.Refuse(admitted.Status, admitted.Reason!);
        }

        return await dispatcher.DispatchAsync(activity, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<byte[]?> ReadCappedAsync(Stream stream, int max, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
