using GoalFrames.Conversation.Exports;
using GoalFrames.Conversation.Handlers;
using GoalFrames.Conversation.Platforms;
using GoalFrames.Engine.Exports;
using GoalFrames.Engine.Drafts;
using GoalFrames.Engine;
using GoalFrames.Engine.Conversation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace GoalFrames.Conversation;

/// <summary>Registers the conversation core; the host registers the canon (<see cref="GoalsResponder"/>) and the stores.</summary>
public static class ConversationServiceCollectionExtensions
{
    /// <summary>Adds <see cref="ConversationCore"/>, its handlers, the draft editor and the per-user limit (once, whoever asks first).</summary>
    /// <param name="services">The services.</param>
    /// <param name="options">The settings, or null for the defaults.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddGoalFramesConversation(this IServiceCollection services, ConversationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(s => s.ServiceType == typeof(ConversationCore)))
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(options ?? new ConversationOptions());
        services.TryAddSingleton<FrameEngine>();
        services.TryAddSingleton(new UserLimits());
        services.TryAddSingleton(sp => new UserRateLimiter(sp.GetRequiredService<UserLimits>().PerMinute, sp.GetRequiredService<UserLimits>().Burst, sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IUserLimiter>(sp => new InProcessUserLimiter(sp.GetRequiredService<UserRateLimiter>()));
        services.TryAddSingleton<DraftEditor>();
        services.TryAddSingleton<DraftCommands>();
        services.TryAddSingleton(new ExportOptions());
        services.AddSingleton(sp => new GoalsLineHandler(
            sp.GetRequiredService<GoalsResponder>(),
            sp.GetRequiredService<DraftEditor>(),
            sp.GetRequiredService<DraftCommands>(),
            sp.GetRequiredService<Engine.Drafts.ISentGoalsStore>(),
            sp.GetRequiredService<Reminders.IReminderStore>(),
            new ExportCommandHandler(sp.GetRequiredService<IDraftStore>(), sp.GetRequiredService<IGoalsFiles>(), new PeopleEmails(sp.GetServices<IPeopleDirectory>()), sp.GetRequiredService<ExportOptions>(), sp.GetRequiredService<IWorkspaceDrafts>())));
        services.AddSingleton<IActionHandler, RunActionHandler>();
        services.AddSingleton<IActionHandler, SwitchFrameworkActionHandler>();
        services.AddSingleton<IActionHandler, CopyAsTextActionHandler>();
        services.AddSingleton<IActionHandler, RefreshActionHandler>();
        services.AddSingleton<IActionHandler, PostToChannelActionHandler>();
        services.AddSingleton<IActionHandler, EditInDirectMessageActionHandler>();
        services.AddSingleton<IActionHandler, EditGoalActionHandler>();
        services.AddSingleton<IActionHandler, SaveActionHandler>();
        services.AddSingleton<IActionHandler, ResetActionHandler>();
        services.AddSingleton<IActionHandler, UndoResetActionHandler>();
        services.AddSingleton<IActionHandler, AcceptCanonChangeActionHandler>();
        services.AddSingleton<IActionHandler, SendToPersonActionHandler>();
        services.AddSingleton<IActionHandler, AcknowledgeActionHandler>();
        services.AddSingleton<IActionHandler, AskQuestionActionHandler>();
        services.TryAddSingleton<Platforms.PersonMessengers>();
        services.AddSingleton(sp => new ConversationCore(
            sp.GetServices<IActionHandler>(),
            sp.GetRequiredService<GoalsLineHandler>(),
            sp.GetRequiredService<IUserLimiter>(),
            sp.GetRequiredService<ConversationOptions>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ConversationCore>>()));
        return services;
    }
}
