using GoalFrames.Engine;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Drafts;
using GoalFrames.Teams.Auth;
using GoalFrames.Teams.Http;
using GoalFrames.Teams.Outbound;
using GoalFrames.Teams.State;
using GoalFrames.Teams.Turns;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace GoalFrames.Teams;

/// <summary>The Teams adapter's public surface: <c>AddGoalFramesTeams</c> and <c>MapGoalFramesTeams</c>.</summary>
public static class TeamsEndpoints
{
    /// <summary>The Bot Framework messaging endpoint.</summary>
    public const string MessagesPath = "/api/messages";

    /// <summary>
    /// Registers the Teams adapter's services and binds <c>Teams:*</c> settings. Uses the host's
    /// <see cref="IDedupeStore"/>, <see cref="IConversationReferenceStore"/> and <see cref="IDraftStore"/> when it registers
    /// them (before or after this call), else keeps them in memory.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration holding the <c>Teams</c> section.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddGoalFramesTeams(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddTeamsOptions(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new UserRateLimiter(perMinute: 30, burst: 10, sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IDedupeStore, InMemoryDedupeStore>();
        services.TryAddSingleton<IConversationReferenceStore, InMemoryConversationReferenceStore>();
        services.TryAddSingleton<IDraftStore, InMemoryDraftStore>();
        services.TryAddSingleton<DraftCommands>();
        services.TryAddSingleton<FrameEngine>();
        services.TryAddSingleton<DraftEditor>();

        services.AddHttpClient(BotAuthenticator.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(10));
        services.AddHttpClient(MsalHttpClientFactory.HttpClientName);
        services.AddSingleton<BotAuthenticator>();
        services.AddSingleton<ActivityAdmission>();
        services.AddSingleton<IMsalHttpClientFactory, MsalHttpClientFactory>();
        services.AddSingleton<IBotTokenSource>(sp => sp.GetRequiredService<IOptions<TeamsOptions>>().Value.IsDevelopmentMode
            ? new NoBotTokenSource()
            : ActivatorUtilities.CreateInstance<MsalBotTokenSource>(sp));
        services.AddConnectorClient();

        services.AddSingleton<TurnQueue>();
        services.AddHostedService<TurnWorker>();
        services.AddHostedService<DevelopmentModeGuard>();
        services.AddSingleton<TeamsDrafts>();
        services.AddSingleton<TurnReplier>();
        services.AddSingleton<GoalsAnswers>();
        services.AddSingleton<CardActions>();
        services.AddSingleton<CardActionInvokeHandler>();
        services.AddSingleton<MessageHandler>();
        services.AddSingleton<WelcomeSender>();
        services.AddSingleton<MembershipHandler>();
        services.AddSingleton<ActivityDispatcher>();
        services.AddSingleton<ActivityEndpoint>();
        return services;
    }

    /// <summary>Maps <c>/api/messages</c> (POST; any other method is answered 405).</summary>
    /// <param name="endpoints">The route builder.</param>
    /// <returns>The endpoint.</returns>
    public static IEndpointConventionBuilder MapGoalFramesTeams(this IEndpointRouteBuilder endpoints) =>
        endpoints.Map(MessagesPath, (HttpContext context, ActivityEndpoint endpoint) => endpoint.HandleAsync(context));
}
