using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GoalFrames.Conversation.Reminders;

/// <summary>Registers reminders before the goals due date.</summary>
public static class ReminderServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ReminderRunner"/> and <see cref="ReminderLoop"/> with these settings, and the due date unless one
    /// is registered already: the given one (the operator's override), else the current canon's review cycle
    /// (<see cref="CanonGoalsDueDate"/>, over the registered <see cref="Canon.ICanonSource"/>). The host runs the loop; the stores
    /// (<see cref="IReminderStore"/>), the platforms' <see cref="Platforms.IPersonMessenger"/> and
    /// <see cref="Platforms.IPeopleDirectory"/> come from storage and the adapters.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="options">The settings.</param>
    /// <param name="dueDate">The due date of the settings, which overrides the canon's; null to follow the canon.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddGoalFramesReminders(this IServiceCollection services, ReminderOptions options, IGoalsDueDate? dueDate = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        if (dueDate is null)
        {
            services.TryAddSingleton<IGoalsDueDate, CanonGoalsDueDate>();
        }
        else
        {
            services.TryAddSingleton(dueDate);
        }

        services.AddSingleton<ReminderRunner>();
        services.AddSingleton<ReminderLoop>();
        return services;
    }
}
