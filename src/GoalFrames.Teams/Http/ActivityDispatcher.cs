using System.Text.Json;
using GoalFrames.Engine.Drafts;
using GoalFrames.Teams.Activities;
using GoalFrames.Teams.Turns;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace GoalFrames.Teams.Http;

/// <summary>
/// Routes an accepted activity. Invokes are answered in the response (unknown invoke names: 501); messages and
/// membership updates are queued and answered with an empty 200 at once, each activity id only once.
/// </summary>
internal sealed class ActivityDispatcher(
    CardActionInvokeHandler invokes,
    MessageHandler messages,
    MembershipHandler membership,
    TurnQueue queue,
    IDedupeStore dedupe,
    IOptions<TeamsOptions> options)
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
            if (activity.Name != ActivityTypes.AdaptiveCardAction)
            {
                return TeamsResults.Refuse(StatusCodes.Status501NotImplemented, $"GoalFrames does not handle the invoke '{activity.Name}'");
            }

            if (!await FirstDeliveryAsync(activity, cancellationToken).ConfigureAwait(false))
            {
                return Invoke(TeamsOutcomes.Message("Already handled."));
            }

            return Invoke(await invokes.HandleAsync(activity, cancellationToken).ConfigureAwait(false));
        }

        if (work is null)
        {
            return Results.Ok();
        }

        if (!await FirstDeliveryAsync(activity, cancellationToken).ConfigureAwait(false))
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

    private async Task<bool> FirstDeliveryAsync(Activity activity, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(activity.Id)
        || await dedupe.TryMarkAsync($"teams:activity:{activity.Conversation?.Id}:{activity.Id}", options.Value.DedupeWindow, cancellationToken).ConfigureAwait(false);

    private static IResult Invoke(InvokeResponseBody body) =>
        Results.Text(JsonSerializer.Serialize(body, TeamsJsonContext.Default.InvokeResponseBody), "application/json", statusCode: StatusCodes.Status200OK);
}
