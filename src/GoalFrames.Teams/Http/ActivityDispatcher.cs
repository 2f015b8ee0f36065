using System.Text.Json;
using GoalFrames.Engine.Drafts;
using GoalFrames.Teams.Activities;
using GoalFrames.Teams.Files;
using GoalFrames.Teams.Turns;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GoalFrames.Teams.Http;

/// <summary>
/// Routes an accepted activity. Invokes are answered in the response (unknown invoke names: 501); messages and
/// membership updates are queued and answered with an empty 200 at once, each activity id only once.
/// </summary>
internal sealed partial class ActivityDispatcher(
    CardActionInvokeHandler invokes,
    MessageHandler messages,
    MembershipHandler membership,
    FileConsentHandler fileConsent,
    TurnQueue queue,
    IDedupeStore dedupe,
    IOptions<TeamsOptions> options,
    ILogger<ActivityDispatcher> logger)
{
    public async Task<IResult> DispatchAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        Func<CancellationToken, Task>? work = activity.Type switch
        {
            ActivityTypes.Message => ct => messages.HandleAsync(activity, ct),
            ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate => ct => membership.HandleAsync(activity, ct),
            _ => null,
        };
        if (activity.Type == ActivityTypes.Invoke)
        {
            if (activity.Name == FileConsentInvokeValue.InvokeName)
            {
                // Teams waits for the invoke's answer; the upload and the file card follow on the turn queue.
                if (await FirstDeliveryOrUnknownAsync(activity, cancellationToken).ConfigureAwait(false))
                {
                    fileConsent.Handle(activity);
                }

                return Results.Ok();
            }

            if (activity.Name != ActivityTypes.AdaptiveCardAction)
            {
                return TeamsResults.Refuse(StatusCodes.Status501NotImplemented, $"GoalFrames does not handle the invoke '{activity.Name}'");
            }

            if (!await FirstDeliveryOrUnknownAsync(activity, cancellationToken).ConfigureAwait(false))
            {
                return Invoke(TeamsOutcomes.Message("Already handled."));
            }

            return Invoke(await invokes.HandleAsync(activity, cancellationToken).ConfigureAwait(false));
        }

        if (work is null)
        {
            return Results.Ok();
        }

        if (!await FirstDeliveryOrUnknownAsync(activity, cancellationToken).ConfigureAwait(false))
        {
            return Results.Ok();
        }

        if (string.IsNullOrEmpty(activity.ServiceUrl) || string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            return TeamsResults.Refuse(StatusCodes.Status400BadRequest, "the activity has no serviceUrl or conversation.id to answer to");
        }

        return queue.TryEnqueue($"{activity.Type} {activity.Id} in {activity.Conversation.Id}", work)
            ? Results.Ok()
            : TeamsResults.Refuse(StatusCodes.Status503ServiceUnavailable, "too busy; try again shortly");
    }

    /// <summary>
    /// When the de-duplication store fails, or does not answer within <see cref="DedupeDeadline"/>, the activity is taken
    /// as a first delivery: answering a retry twice hurts less than never answering (a repeated save changes nothing,
    /// and the answer may need no store at all). The mark itself goes on in the background.
    /// </summary>
    private async Task<bool> FirstDeliveryOrUnknownAsync(Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            // On a thread of its own, so a store that blocks synchronously cannot hold the request past the deadline.
            var marking = Task.Run(() => FirstDeliveryAsync(activity, CancellationToken.None), CancellationToken.None);
            return await marking.WaitAsync(DedupeDeadline, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogDedupeFailed(logger, ex, activity.Id);
            return true;
        }
    }

    /// <summary>How long an activity waits for the de-duplication store before it is answered anyway.</summary>
    public static readonly TimeSpan DedupeDeadline = TimeSpan.FromSeconds(1);

    private async Task<bool> FirstDeliveryAsync(Activity activity, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(activity.Id)
        || await dedupe.TryMarkAsync($"teams:activity:{activity.Conversation?.Id}:{activity.Id}", options.Value.DedupeWindow, cancellationToken).ConfigureAwait(false);

    private static IResult Invoke(InvokeResponseBody body) =>
        Results.Text(JsonSerializer.Serialize(body, TeamsJsonContext.Default.InvokeResponseBody), "application/json", statusCode: StatusCodes.Status200OK);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Teams: the de-duplication store failed for activity {ActivityId}; answering it anyway")]
    private static partial void LogDedupeFailed(ILogger logger, Exception exception, string? activityId);
}
