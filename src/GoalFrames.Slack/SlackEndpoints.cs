using GoalFrames.Conversation;
using GoalFrames.Conversation.Platforms;
using GoalFrames.Slack.People;
using GoalFrames.Slack.Api;
using GoalFrames.Slack.Commands;
using GoalFrames.Slack.Events;
using GoalFrames.Slack.Installs;
using GoalFrames.Slack.Interactivity;
using GoalFrames.Slack.Http;
using GoalFrames.Slack.Security;
using GoalFrames.Slack.SocketMode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GoalFrames.Slack;

/// <summary>The Slack adapter's public surface: <c>AddGoalFramesSlack</c> and <c>MapGoalFramesSlack</c>.</summary>
public static class SlackEndpoints
{
    /// <summary>Registers the Slack adapter's services and binds <c>Slack:*</c> settings.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration holding the <c>Slack</c> section.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddGoalFramesSlack(this IServiceCollection services, IConfiguration configuration)
    {
        SlackOptions.ThrowIfImpossible(configuration);
        services.Configure<SlackOptions>(configuration.GetSection(SlackOptions.Section));
        services.AddGoalFramesConversation();
        services.TryAddSingleton<GoalFrames.Engine.Exports.IGoalsFiles, GoalFrames.Rendering.Exports.Team.RenderedGoalsFiles>();
        services.AddSingleton<SlackSignatureVerifier>();
        services.AddSingleton<SlackRequestGate>();
        services.AddSingleton<ReplyCache>();
        services.AddSingleton<EventsHandler>();
        services.AddSingleton<SlackEventWorker>();
        services.AddSingleton<SlackEventQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<SlackEventQueue>());
        services.AddSingleton<SlackFailureFilter>();
        services.AddSingleton<SlackTokens>();
        services.AddSingleton<InstallEndpoints>();
        services.AddSingleton<InteractivityHandler>();
        services.AddSingleton<SlackOutcomes>();
        services.AddSingleton<IPersonMessenger, People.SlackPersonMessenger>();
        services.AddSingleton<SlackWork>();
        services.AddHostedService(sp => sp.GetRequiredService<SlackWork>());
        services.AddSingleton<SlashCommandHandler>();
        services.AddSlackApiClient();
        services.AddSingleton<IPeopleDirectory, SlackPeopleDirectory>();
        services.AddSingleton<SocketEnvelopeDispatcher>();
        services.AddHostedService<SocketModeService>();
        return services;
    }

    /// <summary>
    /// Maps <c>POST /slack/commands</c>, <c>POST /slack/events</c>, <c>POST /slack/interactivity</c>, <c>GET /slack/install</c>
    /// and <c>GET /slack/oauth/callback</c>; a failure in any of them is answered by <see cref="SlackFailureFilter"/>.
    /// </summary>
    /// <param name="endpoints">The route builder.</param>
    /// <returns>The route group.</returns>
    public static RouteGroupBuilder MapGoalFramesSlack(this IEndpointRouteBuilder endpoints)
    {
        // Every endpoint answers a failure in Slack's form, never with a bare 500.
        var slack = endpoints.MapGroup("/slack");
        slack.AddEndpointFilter<SlackFailureFilter>();
        slack.MapPost("/commands", async (HttpContext context, SlackRequestGate gate, SlashCommandHandler handler) =>
        {
            var (request, refusal) = await gate.ReadAsync(context, formExpected: true, context.RequestAborted).ConfigureAwait(false);
            SlackFailureFilter.Remember(context, request);
            return refusal ?? await handler.HandleAsync(request!, context.RequestAborted).ConfigureAwait(false);
        });
        slack.MapPost("/events", async (HttpContext context, SlackRequestGate gate, EventsHandler handler) =>
        {
            var (request, refusal) = await gate.ReadAsync(context, formExpected: false, context.RequestAborted).ConfigureAwait(false);
            return refusal ?? handler.Handle(request!);
        });
        slack.MapPost("/interactivity", async (HttpContext context, SlackRequestGate gate, InteractivityHandler handler) =>
        {
            var (request, refusal) = await gate.ReadAsync(context, formExpected: true, context.RequestAborted).ConfigureAwait(false);
            SlackFailureFilter.Remember(context, request);
            return refusal ?? await handler.HandleAsync(request!, context.RequestAborted).ConfigureAwait(false);
        });
        slack.MapGet("/install", (HttpContext context, InstallEndpoints installs) => installs.Install(context));
        slack.MapGet("/oauth/callback", (HttpContext context, InstallEndpoints installs) => installs.CallbackAsync(context, context.RequestAborted));
        return slack;
    }
}
