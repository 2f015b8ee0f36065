using System.Collections.Concurrent;
using GoalFrames.Conversation.Platforms;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Drafts;
using Microsoft.Extensions.Logging;

namespace GoalFrames.Conversation.Reminders;

/// <summary>
/// One round of reminders: for each manager with drafts about someone who did not turn reminders off, when a reminder
/// day has come in their time zone and it is working hours there, and something is left for one of their people, the
/// instance that claims the (manager, reminder day) in the store sends one direct message, then records it as sent.
/// <para>
/// A send that fails after the claim gives the claim back, so the next round (of any instance) tries again, up to
/// <see cref="ReminderOptions.MaxAttempts"/> times that day; an instance that dies mid-send leaves a claim that lapses
/// after <see cref="ReminderOptions.ClaimFor"/>. A reminder recorded as sent is never sent again. The one case that
/// can repeat a message is a send the platform took but whose answer was lost: retrying it was judged better than
/// losing the reminder.
/// </para>
/// </summary>
public sealed partial class ReminderRunner
{
    private readonly IReminderStore _store;
    private readonly IDraftStore _drafts;
    private readonly IGoalsDueDate _dueDate;
    private readonly Dictionary<string, IPeopleDirectory> _directories;
    private readonly PersonMessengers _messengers;
    private readonly GoalsResponder _responder;
    private readonly ReminderOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ReminderRunner> _logger;
    private readonly ConcurrentDictionary<DraftOwner, (TimeZoneInfo Zone, DateTimeOffset Until)> _zones = new();
    private readonly ConcurrentDictionary<(DraftOwner Manager, DateOnly Day), byte> _done = new();

    /// <summary>Creates the runner.</summary>
    /// <param name="store">The schedule.</param>
    /// <param name="drafts">The drafts.</param>
    /// <param name="dueDate">The goals due date.</param>
    /// <param name="directories">The platforms' people directories (for time zones); a platform without one uses the configured zone.</param>
    /// <param name="messengers">The platforms' messengers; managers of a platform without one are skipped.</param>
    /// <param name="responder">The canon, for profile titles.</param>
    /// <param name="options">The settings.</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">The log.</param>
    public ReminderRunner(
        IReminderStore store,
        IDraftStore drafts,
        IGoalsDueDate dueDate,
        IEnumerable<IPeopleDirectory> directories,
        PersonMessengers messengers,
        GoalsResponder responder,
        ReminderOptions options,
        TimeProvider time,
        ILogger<ReminderRunner> logger)
    {
        _store = store;
        _drafts = drafts;
        _dueDate = dueDate;
        // The last registration of a platform wins, so that a host or test can put its own in front of the adapter's.
        _directories = directories.GroupBy(d => d.Platform, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        _messengers = messengers;
        _responder = responder;
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <summary>Looks at every manager once and sends the reminders that are due now.</summary>
    /// <param name="cancellationToken">Cancels the round.</param>
    /// <returns>How many reminders this instance sent.</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        if (_dueDate.DueOn is not { } due)
        {
            return 0;
        }

        // Coarse check in UTC ± 1 day (every zone is within it), so that most rounds of the year read nothing.
        var now = _time.GetUtcNow();
        var utcToday = DateOnly.FromDateTime(now.UtcDateTime);
        if (utcToday.AddDays(-1) > due || ReminderCalendar.CurrentDay(due, utcToday.AddDays(1), _options.DaysBefore) is null)
        {
            return 0;
        }

        var sent = 0;
        foreach (var manager in await _store.ManagersAsync(cancellationToken).ConfigureAwait(false))
        {
            try
            {
                if (await RemindAsync(manager, due, now, cancellationToken).ConfigureAwait(false))
                {
                    sent++;
                }
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                // One manager's failure (platform refused, store hiccup) never stops the others' reminders.
                LogFailed(_logger, e, manager.ToString());
            }
        }

        return sent;
    }

    private async Task<bool> RemindAsync(DraftOwner manager, DateOnly due, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!_messengers.Serves(manager.Platform))
        {
            return false;
        }

        var local = TimeZoneInfo.ConvertTime(now, await ZoneOfAsync(manager, now, cancellationToken).ConfigureAwait(false)).DateTime;
        var today = DateOnly.FromDateTime(local);
        if (ReminderCalendar.CurrentDay(due, today, _options.DaysBefore) is not { } day || _done.ContainsKey((manager, day)) || !_options.Hours.Contains(local))
        {
            return false;
        }

        var drafts = await _drafts.ListAsync(manager, cancellationToken).ConfigureAwait(false);
        var left = PersonToDo.Of(drafts, await _store.SentAsync(manager, cancellationToken).ConfigureAwait(false));
        if (left.Count == 0 || !await _store.TryClaimAsync(manager, day, now + _options.ClaimFor, _options.MaxAttempts, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        try
        {
            var words = ReminderWords.Of(left, due, today, _responder.Canon);
            if (await _messengers.SendAsync(manager, new DraftSubject(manager.UserId, manager.UserId), words, cancellationToken).ConfigureAwait(false) is Delivery.Unreachable unreachable)
            {
                throw new InvalidOperationException($"could not reach {manager}: {unreachable.Reason}");
            }
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            await _store.ReleaseAsync(manager, day, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        await _store.MarkSentAsync(manager, day, CancellationToken.None).ConfigureAwait(false);
        _done.TryAdd((manager, day), 0);
        LogSent(_logger, manager.ToString(), day.ToString(Canon.ReviewCycle.DateFormat, System.Globalization.CultureInfo.InvariantCulture), left.Count);
        return true;
    }

    /// <summary>The manager's zone as their platform gives it, else the configured one; kept for a while.</summary>
    private async Task<TimeZoneInfo> ZoneOfAsync(DraftOwner manager, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (_zones.TryGetValue(manager, out var known) && known.Until > now)
        {
            return known.Zone;
        }

        var zone = _options.TimeZone;
        if (_directories.TryGetValue(manager.Platform, out var directory) && directory.GivesTimeZones
            && await directory.FindAsync(manager.Workspace, manager.UserId, cancellationToken).ConfigureAwait(false) is { TimeZone: { Length: > 0 } id })
        {
            if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found))
            {
                zone = found;
            }
            else
            {
                LogUnknownZone(_logger, id, manager.ToString(), _options.TimeZone.Id);
            }
        }

        _zones[manager] = (zone, now + _options.TimeZoneFor);
        return zone;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder for {ReminderDay} sent to {Manager}: {People} people with goals left")]
    private static partial void LogSent(ILogger logger, string manager, string reminderDay, int people);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder to {Manager} failed; the next round tries again")]
    private static partial void LogFailed(ILogger logger, Exception exception, string manager);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Time zone '{Zone}' of {Manager} is not known on this machine; using {Fallback}")]
    private static partial void LogUnknownZone(ILogger logger, string zone, string manager, string fallback);
}
