using GoalFrames.Engine.Drafts;

namespace GoalFrames.Conversation.Reminders;

/// <summary>
/// The reminder schedule, shared by every instance through the database: which managers to look at, who opted out,
/// what they already sent to their reports, and one claim per manager and reminder day, so that of any number of
/// instances exactly one sends a given reminder.
/// </summary>
public interface IReminderStore
{
    /// <summary>Owners of drafts about someone (managers), who have not turned reminders off; in a stable order.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<DraftOwner>> ManagersAsync(CancellationToken cancellationToken);

    /// <summary>What the manager sent to the people their goals are about: one mark per person and profile.</summary>
    /// <param name="manager">The manager.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<IReadOnlyList<SentGoalsMark>> SentAsync(DraftOwner manager, CancellationToken cancellationToken);

    /// <summary>True unless the person turned reminders off (<c>/goals remind off</c>).</summary>
    /// <param name="person">The person.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<bool> WantsRemindersAsync(DraftOwner person, CancellationToken cancellationToken);

    /// <summary>Turns the person's reminders on (the default) or off.</summary>
    /// <param name="person">The person.</param>
    /// <param name="wanted">True for on.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task SetWantsRemindersAsync(DraftOwner person, bool wanted, CancellationToken cancellationToken);

    /// <summary>
    /// Claims the manager's reminder of a reminder day for this instance until <paramref name="until"/>. Of concurrent
    /// claims exactly one succeeds. A claim is refused once the reminder was sent, while another claim holds, and after
    /// <paramref name="maxAttempts"/> claims; a claim whose holder neither sent nor released it expires at its time.
    /// </summary>
    /// <param name="manager">The manager.</param>
    /// <param name="day">The reminder day (the due date minus one of the configured numbers of days).</param>
    /// <param name="until">When the claim lapses if the holder dies before it sends.</param>
    /// <param name="maxAttempts">How many claims the day allows in all.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>True when this caller holds the claim and must send.</returns>
    Task<bool> TryClaimAsync(DraftOwner manager, DateOnly day, DateTimeOffset until, int maxAttempts, CancellationToken cancellationToken);

    /// <summary>Records that the claimed reminder was delivered: it is never claimed again.</summary>
    /// <param name="manager">The manager.</param>
    /// <param name="day">The reminder day.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task MarkSentAsync(DraftOwner manager, DateOnly day, CancellationToken cancellationToken);

    /// <summary>Gives a claim back after a failed send, so that the next round (of any instance) tries again.</summary>
    /// <param name="manager">The manager.</param>
    /// <param name="day">The reminder day.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task ReleaseAsync(DraftOwner manager, DateOnly day, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the schedule of every manager's reminder days (UTC) longer ago than the retention: whether each reminder
    /// was claimed and sent. Who turned reminders off is kept: that is a person's choice, not a record of what was done.
    /// </summary>
    /// <param name="retention">How long the schedule of a reminder day is kept.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many reminder days were deleted.</returns>
    Task<int> PurgeOlderThanAsync(TimeSpan retention, CancellationToken cancellationToken);
}
