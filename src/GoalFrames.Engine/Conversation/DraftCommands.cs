using GoalFrames.Engine.Commands;
using GoalFrames.Engine.Drafts;

namespace GoalFrames.Engine.Conversation;

/// <summary>Carries out <c>/goals mine</c> and <c>/goals forget N|all</c> for one owner; the store keeps others' drafts out of reach.</summary>
public sealed class DraftCommands(IDraftStore store)
{
    /// <summary>Answers a draft command.</summary>
    /// <param name="owner">Who is asking.</param>
    /// <param name="command">A <see cref="GoalsCommand.Mine"/> or <see cref="GoalsCommand.Forget"/>.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<DraftsReply> HandleAsync(DraftOwner owner, GoalsCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var drafts = await store.ListAsync(owner, cancellationToken).ConfigureAwait(false);
        switch (command)
        {
            case GoalsCommand.Mine:
                return new DraftsReply.Listing(drafts);

            case GoalsCommand.Forget { Number: null }:
                await store.DeleteAllAsync(owner, cancellationToken).ConfigureAwait(false);
                return new DraftsReply.Forgotten(drafts);

            case GoalsCommand.Forget { Number: int number }:
                if (number < 1 || number > drafts.Count)
                {
                    return new DraftsReply.NoSuchDraft(number, drafts.Count);
                }

                var draft = drafts[number - 1];
                return await store.DeleteAsync(owner, draft.Id, cancellationToken).ConfigureAwait(false)
                    ? new DraftsReply.Forgotten([draft])
                    : new DraftsReply.Forgotten([]);

            default:
                throw new ArgumentOutOfRangeException(nameof(command), command, "not a draft command");
        }
    }
}
