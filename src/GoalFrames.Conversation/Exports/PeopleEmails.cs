using GoalFrames.Conversation.Platforms;
using GoalFrames.Engine.Drafts;

namespace GoalFrames.Conversation.Exports;

/// <summary>
/// Gives each draft's person the email their platform has for them, where the draft has none: one lookup per person,
/// in the people directory of the owner's platform. A person the directory cannot find keeps no email.
/// </summary>
internal sealed class PeopleEmails(IEnumerable<IPeopleDirectory> directories)
{
    public async Task<IReadOnlyList<Draft>> FillAsync(IReadOnlyList<Draft> drafts, CancellationToken cancellationToken)
    {
        var found = new Dictionary<(string, string, string), string?>();
        var filled = new List<Draft>(drafts.Count);
        foreach (var draft in drafts)
        {
            if (draft.Content.About is not { } about || !string.IsNullOrWhiteSpace(about.Email))
            {
                filled.Add(draft);
                continue;
            }

            var key = (draft.Owner.Platform, draft.Owner.Workspace, about.UserId);
            if (!found.TryGetValue(key, out var email))
            {
                var directory = directories.FirstOrDefault(d => string.Equals(d.Platform, draft.Owner.Platform, StringComparison.OrdinalIgnoreCase));
                var details = directory is null ? null : await directory.FindAsync(draft.Owner.Workspace, about.UserId, cancellationToken).ConfigureAwait(false);
                found[key] = email = string.IsNullOrWhiteSpace(details?.Email) ? null : details.Email;
            }

            filled.Add(email is null ? draft : draft with { Content = draft.Content with { About = about with { Email = email } } });
        }

        return filled;
    }
}
