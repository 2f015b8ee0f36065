using System.Data.Common;
using System.Globalization;
using GoalFrames.Conversation.Reminders;
using GoalFrames.Engine.Drafts;
using GoalFrames.Storage.Sql;

namespace GoalFrames.Storage.Stores;

/// <summary>
/// The reminder schedule in two tables. A claim is one upsert on the (manager, reminder day) key,
/// <c>INSERT … ON CONFLICT DO UPDATE … WHERE</c> the reminder is unsent, unclaimed (or its claim lapsed) and has
/// attempts left: PostgreSQL locks the row for the statement and SQLite serializes writers, so of concurrent claims
/// exactly one changes a row and is told to send.
/// </summary>
internal sealed class SqlReminderStore : IReminderStore
{
    private const string OwnerIs = "platform = @platform AND workspace = @workspace AND user_id = @user_id";
    private const string KeyIs = OwnerIs + " AND reminder_day = @reminder_day";

    private readonly StorageDatabase _database;

    public SqlReminderStore(StorageDatabase database)
    {
        _database = database;
    }

    private SqlDialect Dialect => _database.Dialect;

    public async Task<IReadOnlyList<DraftOwner>> ManagersAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Sql(
            """
            SELECT DISTINCT d.platform, d.workspace, d.user_id FROM drafts d
            WHERE d.subject_id <> '' AND NOT EXISTS (
                SELECT 1 FROM reminder_opt_outs o WHERE o.platform = d.platform AND o.workspace = d.workspace AND o.user_id = d.user_id)
            ORDER BY d.platform, d.workspace, d.user_id
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var managers = new List<DraftOwner>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            managers.Add(new DraftOwner(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return managers;
    }

    public async Task<IReadOnlyList<SentGoalsMark>> SentAsync(DraftOwner manager, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(manager);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Sql($"SELECT subject_id, profile_id, sent_at FROM sent_goals WHERE {OwnerIs} ORDER BY subject_id, profile_id");
        AddOwner(command, manager);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var sent = new List<SentGoalsMark>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            sent.Add(new SentGoalsMark(reader.GetString(0), reader.GetString(1), Dialect.ReadTimestamp(reader, 2)));
        }

        return sent;
    }

    public async Task<bool> WantsRemindersAsync(DraftOwner person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Sql($"SELECT COUNT(*) FROM reminder_opt_outs WHERE {OwnerIs}");
        AddOwner(command, person);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) == 0;
    }

    public async Task SetWantsRemindersAsync(DraftOwner person, bool wanted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Sql(wanted
            ? $"DELETE FROM reminder_opt_outs WHERE {OwnerIs}"
            : "INSERT INTO reminder_opt_outs (platform, workspace, user_id, opted_out_at) VALUES (@platform, @workspace, @user_id, @now) ON CONFLICT DO NOTHING");
        AddOwner(command, person);
        command.Add("@now", Dialect.Timestamp(_database.Now));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> TryClaimAsync(DraftOwner manager, DateOnly day, DateTimeOffset until, int maxAttempts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Sql(
            """
            INSERT INTO reminders_sent (platform, workspace, user_id, reminder_day, attempts, claimed_until, sent_at)
            VALUES (@platform, @workspace, @user_id, @reminder_day, 1, @until, NULL)
            ON CONFLICT (platform, workspace, user_id, reminder_day) DO UPDATE
                SET attempts = reminders_sent.attempts + 1, claimed_until = excluded.claimed_until
                WHERE reminders_sent.sent_at IS NULL AND reminders_sent.claimed_until <= @now AND reminders_sent.attempts < @max_attempts
            """);
        AddKey(command, manager, day);
        command.Add("@until", Dialect.Timestamp(until));
        command.Add("@now", Dialect.Timestamp(_database.Now));
        command.Add("@max_attempts", maxAttempts);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public Task MarkSentAsync(DraftOwner manager, DateOnly day, CancellationToken cancellationToken) =>
        UpdateAsync(manager, day, "sent_at = @now", cancellationToken);

    public Task ReleaseAsync(DraftOwner manager, DateOnly day, CancellationToken cancellationToken) =>
        UpdateAsync(manager, day, "claimed_until = @now", cancellationToken);

    public async Task<int> PurgeOlderThanAsync(TimeSpan retention, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(retention, TimeSpan.Zero);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        // reminder_day is yyyy-MM-dd text, so ordering the text orders the days.
        await using var command = connection.Sql("DELETE FROM reminders_sent WHERE reminder_day < @cutoff");
        command.Add("@cutoff", Day(DateOnly.FromDateTime((_database.Now - retention).UtcDateTime)));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task UpdateAsync(DraftOwner manager, DateOnly day, string set, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(manager);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Sql($"UPDATE reminders_sent SET {set} WHERE {KeyIs} AND sent_at IS NULL");
        AddKey(command, manager, day);
        command.Add("@now", Dialect.Timestamp(_database.Now));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void AddOwner(DbCommand command, DraftOwner owner)
    {
        command.Add("@platform", owner.Platform);
        command.Add("@workspace", owner.Workspace);
        command.Add("@user_id", owner.UserId);
    }

    private static void AddKey(DbCommand command, DraftOwner owner, DateOnly day)
    {
        AddOwner(command, owner);
        command.Add("@reminder_day", Day(day));
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
