using GoalFrames.Conversation.Exports;
using GoalFrames.Conversation.Outcomes;
using GoalFrames.Engine.Exports;
using GoalFrames.Engine.Drafts;

namespace GoalFrames.Conversation.Handlers;

/// <summary>
/// <c>goals export [all] [format]</c>: a file of the asker's drafts about people (their team), or, for a configured HR
/// administrator saying <c>all</c>, of every owner's in their workspace. Drafts about nobody are not exported (a goal
/// tool needs a person to own each goal); they are counted in the answer. Emails come from the drafts, else the
/// platform's people directory; who has none is named.
/// </summary>
internal sealed class ExportCommandHandler(
    IDraftStore store,
    IGoalsFiles files,
    PeopleEmails emails,
    ExportOptions options,
    IWorkspaceDrafts workspaces)
{
    public async Task<Outcome> HandleAsync(DraftOwner owner, string? words, CancellationToken cancellationToken)
    {
        var typed = (words ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var everyone = typed.Count > 0 && typed[0].Equals("all", StringComparison.OrdinalIgnoreCase);
        var rest = typed.Skip(everyone ? 1 : 0).ToList();
        var format = rest.Count == 0 ? options.DefaultFormat : rest[0];
        if (rest.Count > 1 || !files.IsFormat(format))
        {
            return Say(ExportWords.UnknownFormat(string.Join(' ', rest), files.Formats));
        }

        if (everyone && !options.IsHrAdministrator(owner))
        {
            return Say(ExportWords.OnlyHrAdministrators);
        }

        var drafts = everyone
            ? await workspaces.ListAsync(owner.Platform, owner.Workspace, cancellationToken).ConfigureAwait(false)
            : await OwnAsync(owner, cancellationToken).ConfigureAwait(false);
        if (!drafts.Any(d => d.Content.About is not null))
        {
            return Say(everyone ? ExportWords.NoWorkspaceDrafts : ExportWords.NoTeamDrafts);
        }

        var file = files.Make(await emails.FillAsync(drafts, cancellationToken).ConfigureAwait(false), format);
        return new Outcome.SendFile(file.FileName, file.ContentType, file.Content, ExportWords.Summary(file, everyone));
    }

    private async Task<IReadOnlyList<Draft>> OwnAsync(DraftOwner owner, CancellationToken cancellationToken)
    {
        var drafts = new List<Draft>();
        foreach (var summary in await store.ListAsync(owner, cancellationToken).ConfigureAwait(false))
        {
            // Drafts about nobody are read too, so that the answer can count what the file leaves out.
            if (await store.GetAsync(owner, summary.About, summary.ProfileId, summary.Framework, cancellationToken).ConfigureAwait(false) is { } draft)
            {
                drafts.Add(draft);
            }
        }

        return drafts;
    }

    private static Outcome.Reply Say(string words) => new(new Answer.Words(words));
}
