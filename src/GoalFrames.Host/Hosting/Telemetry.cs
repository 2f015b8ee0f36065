using GoalFrames.Engine;
using GoalFrames.Slack;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace GoalFrames.Host.Hosting;

/// <summary>
/// OpenTelemetry metrics and traces: ASP.NET Core and HttpClient instrumentation, the runtime, GoalFrames' own meters
/// and Polly's resilience events (retries, throttles). Exported over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set,
/// and scraped at <c>/metrics</c> when <c>Telemetry:Prometheus</c> is true. With neither, nothing listens (no per-request cost).
/// </summary>
internal static class Telemetry
{
    public const string PrometheusKey = "Telemetry:Prometheus";

    public static void AddGoalFramesTelemetry(this WebApplicationBuilder builder)
    {
        var otlp = !string.IsNullOrEmpty(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var prometheus = builder.Configuration.GetValue(PrometheusKey, false);
        if (!otlp && !prometheus)
        {
            // Nothing would read them: listening to the meters and starting a span per request would cost every request for nothing.
            return;
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddMeter(FrameEngine.MeterName, SlackMetrics.MeterName, "GoalFrames.*", "Polly");
                if (prometheus)
                {
                    metrics.AddPrometheusExporter();
                }
            });
        if (otlp)
        {
            // Traces only go somewhere over OTLP, so spans are only started when it is set.
            telemetry.WithTracing(tracing => tracing
                    .AddAspNetCoreInstrumentation(options => options.Filter = context => context.Request.Path != "/healthz")
                    .AddHttpClientInstrumentation()
                    .AddSource("GoalFrames.*"))
                .UseOtlpExporter();
        }
    }

    public static void MapGoalFramesTelemetry(this WebApplication app)
    {
        if (app.Configuration.GetValue(PrometheusKey, false))
        {
            app.MapPrometheusScrapingEndpoint("/metrics");
        }
    }
}
