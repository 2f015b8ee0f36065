using System.Globalization;
using GoalFrames.Canon;
using GoalFrames.Conversation.Reminders;

namespace GoalFrames.Host.Hosting;

/// <summary>
/// Runs the reminder loop for the life of the host; registered only when reminders are configured. At start it says
/// where the goals due date comes from: the operator's <c>Reminders:GoalsDueDate</c>, the canon's review cycle, or
/// nowhere yet (a warning: nothing is sent until HR declares <c>review_cycle</c> and the canon reloads).
/// </summary>
internal sealed partial class ReminderService(ReminderLoop loop, ReminderOptions options, DateOnly? configuredDueDate, ICanonSource canon, ILogger<ReminderService> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var days = string.Join(",", options.DaysBefore);
        var cycle = canon.Current.ReviewCycle;
        if (configuredDueDate is { } configured)
        {
            LogOverride(logger, days, Iso(configured), cycle is null ? "declares no review cycle" : $"says {Iso(cycle.GoalsDue)}, review_cycle '{cycle.Name}'");
        }
        else if (cycle is not null)
        {
            LogFromCanon(logger, days, Iso(cycle.GoalsDue), cycle.Name);
        }
        else
        {
            LogNoDueDate(logger, days);
        }

        return loop.RunAsync(stoppingToken);
    }

    /// <summary>Adds reminders and their loop when <c>Reminders:DaysBefore</c> is set; otherwise nothing.</summary>
    public static void AddTo(IServiceCollection services, IConfiguration configuration)
    {
        if (ReminderSettings.Read(configuration) is not { } settings)
        {
            return;
        }

        services.AddGoalFramesReminders(settings.Options, settings.DueDate is { } due ? new ConfiguredGoalsDueDate(due) : null);
        services.AddHostedService(sp => new ReminderService(
            sp.GetRequiredService<ReminderLoop>(),
            settings.Options,
            settings.DueDate,
            sp.GetRequiredService<ICanonSource>(),
            sp.GetRequiredService<ILogger<ReminderService>>()));
    }

    private static string Iso(DateOnly day) => day.ToString(ReviewCycle.DateFormat, CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminders on, {Days} days before goals are due on {DueDate}: the setting Reminders:GoalsDueDate, which overrides the canon (it {Canon})")]
    private static partial void LogOverride(ILogger logger, string days, string dueDate, string canon);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminders on, {Days} days before goals are due on {DueDate}: review_cycle '{Cycle}' of canon.yaml (a canon reload that changes it is followed)")]
    private static partial void LogFromCanon(ILogger logger, string days, string dueDate, string cycle);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminders are on (Reminders:DaysBefore {Days}) but no reminder will be sent: the canon declares no review cycle and Reminders:GoalsDueDate is not set. Declare review_cycle (name, start, end, goals_due) in canon.yaml; the canon reload picks it up without a restart")]
    private static partial void LogNoDueDate(ILogger logger, string days);
}
