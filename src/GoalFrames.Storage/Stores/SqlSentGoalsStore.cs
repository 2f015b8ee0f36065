using System.Data.Common;
using GoalFrames.Engine.Drafts;
using GoalFrames.Storage.Serialization;
using GoalFrames.Storage.Sql;

namespace GoalFrames.Storage.Stores;

/// <summary>
/// What managers sent, one row per manager, person and profile. A send is one upsert against that unique key (the
/// row keeps its first id, counts the send, clears the acknowledgement); an acknowledgement is one
/// <c>UPDATE … WHERE sends = @seen</c>, so a person cannot acknowledge an update they have not seen.
/// </summary>
internal sealed class SqlSentGoalsStore(StorageDatabase database) : ISentGoalsStore
{
    private const string Columns = "id, platform, workspace, user_id, subject_id, subject_name, profile_id, manager_name, snapshot, sends, sent_at, acknowledged_at";
    private const string OwnerIs = "platform = @platform AND workspace = @workspace AND user_id = @user_id";

    private SqlDialect Dialect => database.Dialect;

    public async Task<SentGoals> RecordAsync(Guid id, DraftOwner manager, DraftSubject subject, string profileId, string managerName, IReadOnlyList<DraftContent> snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(snapshot);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Sql(
            $"""
            INSERT INTO sent_goals ({Columns})
            VALUES (@id, @platform, @workspace, @user_id, @subject_id, @subject_name, @profile_id, @manager_name, @snapshot, 1, @now, NULL)
            ON CONFLICT (platform, workspace, user_id, subject_id, profile_id) DO UPDATE SET
                subject_name = excluded.subject_name, manager_name = excluded.manager_name, snapshot = excluded.snapshot,
                sends = sent_goals.sends + 1, sent_at = excluded.sent_at, acknowledged_at = NULL
            RETURNING {Columns}
            """);
        command.Add("@id", Dialect.Id(id));
        AddOwner(command, manager);
        command.Add("@subject_id", subject.UserId);
        command.Add("@subject_name", subject.Name);
        command.Add("@profile_id", profileId);
        command.Add("@manager_name", managerName);
        Dialect.Json(command, "@snapshot", DraftJson.Snapshot(snapshot));
        command.Add("@now", Dialect.Timestamp(database.Now));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? Read(reader)
            : throw new InvalidOperationException("The database recorded the send but returned no row.");
    }

    public async Task<SentGoals?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Sql($"SELECT {Columns} FROM sent_goals WHERE id = @id");
        command.Add("@id", Dialect.Id(id));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(reader) : null;
    }

    public async Task<SentGoals?> FindAsync(DraftOwner manager, string subjectId, string profileId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(manager);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Sql($"SELECT {Columns} FROM sent_goals WHERE {OwnerIs} AND subject_id = @subject_id AND profile_id = @profile_id");
        AddOwner(command, manager);
        command.Add("@subject_id", subjectId);
        command.Add("@profile_id", profileId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(reader) : null;
    }

    public async Task<IReadOnlyList<SentGoals>> ListAsync(DraftOwner manager, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(manager);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Sql($"SELECT {Columns} FROM sent_goals WHERE {OwnerIs} ORDER BY sent_at, id");
        AddOwner(command, manager);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var sent = new List<SentGoals>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            sent.Add(Read(reader));
        }

        return sent;
    }

    public async Task<SentGoals?> AcknowledgeAsync(Guid id, int sends, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Sql(
            $"UPDATE sent_goals SET acknowledged_at = COALESCE(acknowledged_at, @now) WHERE id = @id AND sends = @sends RETURNING {Columns}");
        command.Add("@id", Dialect.Id(id));
        command.Add("@sends", sends);
        command.Add("@now", Dialect.Timestamp(database.Now));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(reader) : null;
    }

    public async Task<int> DeleteAboutAsync(DraftOwner manager, string subjectId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(manager);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Sql($"DELETE FROM sent_goals WHERE {OwnerIs} AND subject_id = @subject_id");
        AddOwner(command, manager);
        command.Add("@subject_id", subjectId);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> PurgeOlderThanAsync(TimeSpan retention, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(retention, TimeSpan.Zero);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Sql("DELETE FROM sent_goals WHERE sent_at < @cutoff");
        command.Add("@cutoff", Dialect.Timestamp(database.Now - retention));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void AddOwner(DbCommand command, DraftOwner owner)
    {
        command.Add("@platform", owner.Platform);
        command.Add("@workspace", owner.Workspace);
        command.Add("@user_id", owner.UserId);
    }

    private SentGoals Read(DbDataReader reader)
    {
        var subject = new DraftSubject(reader.GetString(4), reader.GetString(5));
        var profileId = reader.GetString(6);
        return new SentGoals(
            Dialect.ReadId(reader, 0),
            new DraftOwner(reader.GetString(1), reader.GetString(2), reader.GetString(3)),
            subject,
            profileId,
            reader.GetString(7),
            DraftJson.ReadSnapshot(reader.GetString(8), profileId, subject),
            reader.GetInt32(9),
            Dialect.ReadTimestamp(reader, 10),
            reader.IsDBNull(11) ? null : Dialect.ReadTimestamp(reader, 11));
    }
}
