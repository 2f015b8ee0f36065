using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace GoalFrames.Teams.Outbound;

/// <summary>
/// The connector's outbound pipeline, after the Bot Connector's error table: 429 waits for Retry-After (up to
/// <see cref="MaxRetryAfter"/>); 412, 502, 503 and 504 back off exponentially; 500 and every other status are final; a
/// connection that never opened is retried (nothing was sent); a timeout or broken connection after sending is retried
/// only for idempotent calls (PUT), so a POST is never replayed after an ambiguous failure.
/// </summary>
internal static class ConnectorResilience
{
    /// <summary>The longest Retry-After the pipeline waits for; a longer one fails the call instead of holding it.</summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(30);

    public static IServiceCollection AddConnectorClient(this IServiceCollection services)
    {
        services.AddSingleton<ServiceUrlBindings>();
        services.AddHttpClient<ConnectorClient>(ConnectorClient.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler(ConnectorClient.HttpClientName, (builder, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<TeamsOptions>>().Value;
                var time = context.ServiceProvider.GetRequiredService<TimeProvider>();
                builder.AddTimeout((options.ConnectorTimeout * (options.ConnectorMaxRetries + 1)) + (MaxRetryAfter * options.ConnectorMaxRetries));
                builder.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = Math.Max(1, options.ConnectorMaxRetries),
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = options.ConnectorBackoff,
                    ShouldRetryAfterHeader = true,
                    ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context, time)),
                });
                builder.AddTimeout(options.ConnectorTimeout);
            });
        return services;
    }

    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context, TimeProvider time)
    {
        if (outcome.Result is { } response)
        {
            return response.StatusCode switch
            {
                HttpStatusCode.TooManyRequests => RetryAfter(response, time) <= MaxRetryAfter,
                HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => RetryAfter(response, time) <= MaxRetryAfter,
                _ => false,
            };
        }

        if (outcome.Exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError })
        {
            return true;
        }

        var method = context.GetRequestMessage()?.Method;
        var idempotent = method == HttpMethod.Put || method == HttpMethod.Get || method == HttpMethod.Delete;
        return idempotent && outcome.Exception is HttpRequestException or TimeoutRejectedException;
    }

    private static TimeSpan RetryAfter(HttpResponseMessage response, TimeProvider time) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow(),
        _ => TimeSpan.Zero,
    };
}
