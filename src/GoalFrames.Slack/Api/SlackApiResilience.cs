using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace GoalFrames.Slack.Api;

/// <summary>
/// The Web API's outbound pipeline. A 429 is always retried after its Retry-After (Slack did not act on the call); a
/// connection that never opened is retried (nothing was sent); a 5xx or timeout is retried only for idempotent methods,
/// so a chat.postMessage is never replayed after an ambiguous failure.
/// </summary>
internal static class SlackApiResilience
{
    public static IServiceCollection AddSlackApiClient(this IServiceCollection services)
    {
        services.AddSingleton<ChannelPacer>();
        services.AddHttpClient<SlackApiClient>(SlackApiClient.HttpClientName, (sp, http) =>
            {
                var options = sp.GetRequiredService<IOptions<SlackOptions>>().Value;
                var baseUrl = options.ApiBaseUrl.ToString();
                http.BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddResilienceHandler("slack-api", (builder, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<SlackOptions>>().Value;
                builder.AddTimeout(options.ApiTimeout * 4);
                builder.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = 3,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = TimeSpan.FromMilliseconds(500),
                    ShouldRetryAfterHeader = true,
                    ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context)),
                });
                builder.AddTimeout(options.ApiTimeout);
            });
        return services;
    }

    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
    {
        if (outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests })
        {
            return true;
        }

        if (outcome.Exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError })
        {
            return true;
        }

        var idempotent = context.GetRequestMessage()?.Options.TryGetValue(SlackApiClient.Idempotent, out var flag) == true && flag;
        var ambiguous = outcome.Exception is HttpRequestException or Polly.Timeout.TimeoutRejectedException
            || outcome.Result is { StatusCode: >= HttpStatusCode.InternalServerError };
        return idempotent && ambiguous;
    }
}
