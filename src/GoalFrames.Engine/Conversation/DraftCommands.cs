using GoalFrames.Engine.Commands;
using GoalFrames.Engine.Drafts;

namespace GoalFrames.Engine.Conversation;

/// <summary>
/// Carries out <c>/goals mine</c>, <c>/goals @report</c>, <c>/goals team</c> and <c>/goals forget N|all|@report</c> for
/// one owner; the store keeps others' drafts out of reach.
/// </summary>
public sealed class DraftCommands(IDraftStore store)
{
    /// <summary>How many people one page of <c>goals team</c> shows (each with an Open button, within Slack's and Teams' limits).</summary>
    public const int TeamPageSize = 10;

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

            case GoalsCommand.Person { About: { } person }:
                return new DraftsReply.PersonDrafts(person, [.. drafts.Where(d => person.IsSamePerson(d.About))]);

            case GoalsCommand.Team team:
                return Team(drafts, team.Page);

            case GoalsCommand.Forget { About: { } person }:
                var about = drafts.Where(d => person.IsSamePerson(d.About)).ToList();
                await store.DeleteAboutAsync(owner, person.UserId, cancellationToken).ConfigureAwait(false);
                return new DraftsReply.Forgotten(about);

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

    private static DraftsReply.Team Team(IReadOnlyList<DraftSummary> drafts, int page)
    {
        var members = drafts
            .Where(d => d.About is not null)
            .GroupBy(d => d.About!.UserId, StringComparer.Ordinal)
            .Select(g => new TeamMember(g.OrderBy(d => d.UpdatedAt).Last().About!, [.. g]))
            .OrderBy(m => m.Person.Name, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(m => m.Person.UserId, StringComparer.Ordinal)
            .ToList();
        var pages = Math.Max(1, (members.Count + TeamPageSize - 1) / TeamPageSize);
        var shown = Math.Min(page, pages);
        return new DraftsReply.Team([.. members.Skip((shown - 1) * TeamPageSize).Take(TeamPageSize)], shown, pages, drafts.Count(d => d.About is null));
    }
}
