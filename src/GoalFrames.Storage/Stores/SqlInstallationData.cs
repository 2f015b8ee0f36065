using GoalFrames.Conversation.Platforms;
using GoalFrames.Engine.Drafts;
using GoalFrames.Storage.Sql;

namespace GoalFrames.Storage.Stores;

/// <summary>Deletes an installation's people-scoped rows from every table that keeps them, in one transaction.</summary>
internal sealed class SqlInstallationData(StorageDatabase database) : IInstallationData
{
    private static readonly string[] Tables = ["drafts", "sent_goals", "reminders_sent", "reminder_opt_outs"];

    public Task<int> ForgetWorkspaceAsync(string platform, string workspace, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(platform);
        ArgumentException.ThrowIfNullOrWhiteSpace(workspace);
        return DeleteAsync("platform = @platform AND workspace = @workspace", platform, workspace, null, cancellationToken);
    }

    public Task<int> ForgetOwnerAsync(DraftOwner person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        return DeleteAsync("platform = @platform AND workspace = @workspace AND user_id = @user_id", person.Platform, person.Workspace, person.UserId, cancellationToken);
    }

    private async Task<int> DeleteAsync(string where, string platform, string workspace, string? userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var deleted = 0;
        foreach (var table in Tables)
        {
            await using var command = connection.Sql($"DELETE FROM {table} WHERE {where}");
            command.Transaction = transaction;
            command.Add("@platform", platform);
            command.Add("@workspace", workspace);
            if (userId is not null)
            {
                command.Add("@user_id", userId);
            }

            deleted += await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return deleted;
    }
}
