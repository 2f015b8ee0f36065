using GoalFrames.Conversation.Platforms;
using GoalFrames.Conversation;
using GoalFrames.Engine.Drafts;
using GoalFrames.Teams.Auth;
using GoalFrames.Teams.Http;
using GoalFrames.Teams.Files;
using GoalFrames.Teams.Outbound;
using GoalFrames.Teams.People;
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
    /// Registers the Teams adapter's services and binds <c>Teams:*</c> settings. The host registers the stores it uses
    /// (<see cref="IDedupeStore"/>, <see cref="IConversationReferenceStore"/>, <see cref="IDraftStore"/>).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration holding the <c>Teams</c> section.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddGoalFramesTeams(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddTeamsOptions(configuration);
        services.AddGoalFramesConversation();
        services.TryAddSingleton<GoalFrames.Engine.Exports.IGoalsFiles, GoalFrames.Rendering.Exports.Team.RenderedGoalsFiles>();

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
        services.AddHostedService(sp => sp.GetRequiredService<TurnQueue>());
        services.AddSingleton<TeamsFailureFilter>();
        services.AddHostedService<DevelopmentModeGuard>();
        services.AddSingleton<PendingFiles>();
        services.AddSingleton<FileConsentHandler>();
        services.AddHttpClient(FileConsentHandler.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(60));
        services.AddSingleton<IPeopleDirectory, TeamsPeopleDirectory>();
        services.AddSingleton<TurnReplier>();
        services.AddSingleton<TeamsOutcomes>();
        services.AddSingleton<IPersonMessenger, People.TeamsPersonMessenger>();
        services.AddSingleton<CardActionInvokeHandler>();
        services.AddSingleton<MessageHandler>();
        services.AddSingleton<WelcomeSender>();
        services.AddSingleton<MembershipHandler>();
        services.AddSingleton<ActivityDispatcher>();
        services.AddSingleton<ActivityEndpoint>();
        return services;
    }

    /// <summary>Maps <c>/api/messages</c> (POST; any other method is answered 405); a failure is answered by <see cref="TeamsFailureFilter"/>.</summary>
    /// <param name="endpoints">The route builder.</param>
    /// <returns>The endpoint.</returns>
    public static IEndpointConventionBuilder MapGoalFramesTeams(this IEndpointRouteBuilder endpoints) =>
        endpoints.Map(MessagesPath, (HttpContext context, ActivityEndpoint endpoint) => endpoint.HandleAsync(context)).AddEndpointFilter<TeamsFailureFilter>();
}
