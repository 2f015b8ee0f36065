using System.Data.Common;
using GoalFrames.Conversation.Exports;
using GoalFrames.Engine;
using GoalFrames.Engine.Drafts;
using GoalFrames.Storage.Serialization;
using GoalFrames.Storage.Sql;

namespace GoalFrames.Storage.Stores;

/// <summary>
/// Drafts in one table, one row per owner, profile and framework. A save is one statement: an
/// <c>UPDATE … WHERE version = @expected</c> for an existing draft, an <c>INSERT … ON CONFLICT DO NOTHING</c> against
/// the unique (owner, profile, framework) key for a new one. So of two saves of the same version the database lets
/// exactly one through, on SQLite and PostgreSQL alike, and the other is answered with the latest draft.
/// </summary>
internal sealed class SqlDraftStore : IDraftStore, IWorkspaceDrafts
{
    private const int MaxAttempts = 3;
    private const string Columns = "id, platform, workspace, user_id, profile_id, framework, canon_version, canon_fingerprint, canon_rows, slot_values, version, created_at, updated_at, subject_id, subject_name, subject_email";
    private const string OwnerIs = "platform = @platform AND workspace = @workspace AND user_id = @user_id";
    private const string KeyIs = OwnerIs + " AND subject_id = @subject_id AND profile_id = @profile_id AND framework = @framework";
    private const string Nobody = "";

    private readonly StorageDatabase _database;

    public SqlDraftStore(StorageDatabase database)
    {
        _database = database;
    }

    private SqlDialect Dialect => _database.Dialect;

    public async Task<Draft?> GetAsync(DraftOwner owner, DraftSubject? about, string profileId, FrameKind framework, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentException.ThrowIfNullOrWhiteSpace(profileId);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Sql($"SELECT {Columns} FROM drafts WHERE {KeyIs}");
        AddKey(command, owner, about, profileId, framework);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(reader) : null;
    }

    public async Task<IReadOnlyList<DraftSummary>> ListAsync(DraftOwner owner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Sql($"SELECT {Columns} FROM drafts WHERE {OwnerIs} ORDER BY created_at, id");
        AddOwner(command, owner);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var drafts = new List<DraftSummary>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var draft = Read(reader);
            drafts.Add(new DraftSummary(draft.Id, draft.Content.ProfileId, draft.Content.Framework, draft.Content.Completeness, draft.Version, draft.CreatedAt, draft.UpdatedAt) { About = draft.Content.About });
        }

        return drafts;
    }

    /// <summary>Every saved draft of every owner, for read-only tools (<c>goalframes canon diff --store</c>).</summary>
    public async Task<IReadOnlyList<Draft>> AllAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Sql($"SELECT {Columns} FROM drafts ORDER BY created_at, id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var drafts = new List<Draft>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            drafts.Add(Read(reader));
        }

        return drafts;
    }

    /// <summary>Every owner's drafts in one workspace, for an HR administrator's export (<c>goals export all</c>).</summary>
    public async Task<IReadOnlyList<Draft>> ListAsync(string platform, string workspace, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Sql($"SELECT {Columns} FROM drafts WHERE platform = @platform AND workspace = @workspace ORDER BY created_at, id");
        command.Add("@platform", platform);
        command.Add("@workspace", workspace);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var drafts = new List<Draft>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            drafts.Add(Read(reader));
        }

        return drafts;
    }

    public async Task<SaveResult> SaveAsync(DraftOwner owner, DraftContent content, int expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(content.ProfileId, nameof(content));
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        for (var attempt = 1; ; attempt++)
        {
            var saved = expectedVersion == 0
                ? await InsertAsync(owner, content, cancellationToken).ConfigureAwait(false)
                : await UpdateAsync(owner, content, expectedVersion, cancellationToken).ConfigureAwait(false);
            if (saved is not null)
            {
                return new SaveResult.Saved(saved);
            }

            if (await GetAsync(owner, content.About, content.ProfileId, content.Framework, cancellationToken).ConfigureAwait(false) is { } latest)
            {
                return new SaveResult.Conflict(latest);
            }

            if (expectedVersion > 0)
            {
                return new SaveResult.NotFound(expectedVersion);
            }

            // A first save lost to a draft that was deleted again before we could read it: try once more.
            if (attempt == MaxAttempts)
            {
                throw new InvalidOperationException($"The draft of {content.ProfileId} {content.Framework.Keyword()} kept changing while it was saved.");
            }
        }
    }

    public async Task<bool> DeleteAsync(DraftOwner owner, Guid draftId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Sql($"DELETE FROM drafts WHERE {OwnerIs} AND id = @id");
        AddOwner(command, owner);
        command.Add("@id", Dialect.Id(draftId));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<int> DeleteAllAsync(DraftOwner owner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Sql($"DELETE FROM drafts WHERE {OwnerIs}");
        AddOwner(command, owner);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> DeleteAboutAsync(DraftOwner owner, string subjectId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentException.ThrowIfNullOrWhiteSpace(subjectId);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Sql($"DELETE FROM drafts WHERE {OwnerIs} AND subject_id = @subject_id");
        AddOwner(command, owner);
        command.Add("@subject_id", subjectId);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> PurgeOlderThanAsync(TimeSpan retention, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(retention, TimeSpan.Zero);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Sql("DELETE FROM drafts WHERE updated_at < @cutoff");
        command.Add("@cutoff", Dialect.Timestamp(_database.Now - retention));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<Draft?> InsertAsync(DraftOwner owner, DraftContent content, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid();
        var now = _database.Now;
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Sql(
            $"INSERT INTO drafts ({Columns}) VALUES (@id, @platform, @workspace, @user_id, @profile_id, @framework, @canon_version, @canon_fingerprint, @canon_rows, @slot_values, 1, @now, @now, @subject_id, @subject_name, @subject_email) ON CONFLICT DO NOTHING");
        command.Add("@id", Dialect.Id(id));
        AddKey(command, owner, content.About, content.ProfileId, content.Framework);
        AddContent(command, content);
        command.Add("@now", Dialect.Timestamp(now));
        var inserted = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        return inserted ? new Draft(id, owner, content, 1, now, now) : null;
    }

    private async Task<Draft?> UpdateAsync(DraftOwner owner, DraftContent content, int expectedVersion, CancellationToken cancellationToken)
    {
        var now = _database.Now;
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Sql(
            $"""
            UPDATE drafts SET canon_version = @canon_version, canon_fingerprint = @canon_fingerprint, canon_rows = @canon_rows,
                slot_values = @slot_values, subject_name = @subject_name, subject_email = @subject_email, version = version + 1, updated_at = @now
            WHERE {KeyIs} AND version = @expected
            RETURNING id, created_at
            """);
        AddKey(command, owner, content.About, content.ProfileId, content.Framework);
        AddContent(command, content);
        command.Add("@now", Dialect.Timestamp(now));
        command.Add("@expected", expectedVersion);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new Draft(Dialect.ReadId(reader, 0), owner, content, expectedVersion + 1, Dialect.ReadTimestamp(reader, 1), now)
            : null;
    }

    private static void AddOwner(DbCommand command, DraftOwner owner)
    {
        command.Add("@platform", owner.Platform);
        command.Add("@workspace", owner.Workspace);
        command.Add("@user_id", owner.UserId);
    }

    private static void AddKey(DbCommand command, DraftOwner owner, DraftSubject? about, string profileId, FrameKind framework)
    {
        AddOwner(command, owner);
        command.Add("@subject_id", about?.UserId ?? Nobody);
        command.Add("@profile_id", profileId);
        command.Add("@framework", framework.Keyword());
    }

    private void AddContent(DbCommand command, DraftContent content)
    {
        command.Add("@canon_version", content.CanonVersion);
        command.Add("@canon_fingerprint", content.CanonFingerprint);
        command.Add("@subject_name", content.About?.Name ?? string.Empty);
        command.Add("@subject_email", (object?)content.About?.Email ?? DBNull.Value);
        Dialect.Json(command, "@canon_rows", DraftJson.Rows(content.Rows));
        Dialect.Json(command, "@slot_values", DraftJson.Values(content.Values));
    }

    private Draft Read(DbDataReader reader)
    {
        var framework = FrameKinds.Parse(reader.GetString(5))
            ?? throw new InvalidOperationException($"A stored draft has the unknown framework '{reader.GetString(5)}'.");
        var content = new DraftContent(
            reader.GetString(4),
            framework,
            reader.GetString(6),
            reader.GetString(7),
            DraftJson.ReadRows(reader.GetString(8)),
            DraftJson.ReadValues(reader.GetString(9)))
        {
            About = reader.GetString(13) is { Length: > 0 } subjectId
                ? new DraftSubject(subjectId, reader.GetString(14)) { Email = reader.IsDBNull(15) ? null : reader.GetString(15) }
                : null,
        };
        return new Draft(
            Dialect.ReadId(reader, 0),
            new DraftOwner(reader.GetString(1), reader.GetString(2), reader.GetString(3)),
            content,
            reader.GetInt32(10),
            Dialect.ReadTimestamp(reader, 11),
            Dialect.ReadTimestamp(reader, 12));
    }
}
