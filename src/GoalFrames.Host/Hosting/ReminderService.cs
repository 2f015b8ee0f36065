using GoalFrames.Conversation.Reminders;

namespace GoalFrames.Host.Hosting;

/// <summary>Runs the reminder loop for the life of the host; registered only when reminders are configured.</summary>
internal sealed class ReminderService(ReminderLoop loop) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => loop.RunAsync(stoppingToken);

    /// <summary>Adds reminders and their loop when <c>Reminders:DaysBefore</c> is set; otherwise nothing.</summary>
    public static void AddTo(IServiceCollection services, IConfiguration configuration)
    {
        if (ReminderSettings.Read(configuration) is not { } settings)
        {
            return;
        }

        services.AddGoalFramesReminders(settings.Options, new ConfiguredGoalsDueDate(settings.DueDate));
        services.AddHostedService<ReminderService>();
    }
}
