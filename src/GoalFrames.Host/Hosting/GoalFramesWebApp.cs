using GoalFrames.Rendering.Exports.Team;
using GoalFrames.Engine.Exports;
using GoalFrames.Canon;
using GoalFrames.Conversation;
using GoalFrames.Engine;
using GoalFrames.Engine.Conversation;
using GoalFrames.Host.Exports;
using GoalFrames.Slack;
using GoalFrames.Storage;
using GoalFrames.Teams;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GoalFrames.Host.Hosting;

/// <summary>The composition root of the web host.</summary>
internal static class GoalFramesWebApp
{
    public const string DefaultUrl = "http://127.0.0.1:3978";

    /// <param name="args">Settings as <c>--Key value</c>.</param>
    /// <param name="canonPath">The canon directory from <c>--canon</c>, or null.</param>
    /// <param name="alsoLogTo">A log the host writes to besides the console: the tests' in-process host reads it.</param>
    public static WebApplication Build(string[] args, string? canonPath, ILoggerProvider? alsoLogTo = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddGoalFramesLogDefaults();
        if (alsoLogTo is not null)
        {
            builder.Logging.AddProvider(alsoLogTo);
        }

        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // Finish in-flight work on SIGTERM, within a bound, and cap every request body (adapters cap their own lower).
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(builder.Configuration.GetValue("Host:ShutdownTimeoutSeconds", 20)));
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = builder.Configuration.GetValue("Host:MaxRequestBodyBytes", 1024 * 1024));

        var path = CanonLocation.Resolve(canonPath, builder.Configuration);
        var canon = CanonLoader.LoadOrThrow(path);
        var poll = TimeSpan.FromSeconds(builder.Configuration.GetValue("Canon:ReloadPollSeconds", 30.0));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp => new CanonReloader(path, canon, poll, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<CanonReloader>>()));
        builder.Services.AddSingleton<ICanonSource>(sp => sp.GetRequiredService<CanonReloader>());
        builder.Services.AddHostedService(sp => sp.GetRequiredService<CanonReloader>());

        // Singletons must depend on ICanonSource (or GoalsResponder), never on ICanon, so a reload reaches them.
        builder.Services.AddTransient(sp => sp.GetRequiredService<ICanonSource>().Current);
        builder.Services.AddSingleton<FrameEngine>();
        builder.Services.AddSingleton(new UserLimits(
            builder.Configuration.GetValue("Limits:PerUserPerMinute", 30),
            builder.Configuration.GetValue("Limits:PerUserBurst", 10)));
        builder.Services.AddSingleton(sp => new GoalsResponder(sp.GetRequiredService<ICanonSource>(), sp.GetRequiredService<FrameEngine>()));

        builder.Services.AddGoalFramesStorage(builder.Configuration);
        builder.Services.TryAddSingleton<IGoalsFiles, RenderedGoalsFiles>();
        builder.Services.AddSingleton(ExportSettings.Read(builder.Configuration));
        builder.Services.AddGoalFramesConversation(new ConversationOptions
        {
            Deadline = TimeSpan.FromSeconds(builder.Configuration.GetValue("Conversation:DeadlineSeconds", 2.0)),
        });
        builder.Services.AddGoalFramesSlack(builder.Configuration);
        builder.Services.AddGoalFramesTeams(builder.Configuration);
        ReminderService.AddTo(builder.Services, builder.Configuration);
        builder.AddGoalFramesTelemetry();

        var app = builder.Build();
        app.Logger.LogInformation("Serving canon '{Name}' version {Version} ({Profiles} profiles) from {Path}", canon.Name, canon.Version, canon.Profiles.Count, path);
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapGet("/readyz", ReadinessEndpoint.HandleAsync);
        app.MapGoalFramesTelemetry();
        app.MapGoalFramesSlack();
        app.MapGoalFramesTeams();
        app.MapGet("/", () => Results.Text("GoalFrames is running. Slack: POST /slack/commands. Teams: POST /api/messages.\n"));
        return app;
    }
}
