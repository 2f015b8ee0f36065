using GoalFrames.Engine.Drafts;

namespace GoalFrames.Conversation.Reminders;

/// <summary>What a manager still has to do for one person before the goals are due.</summary>
/// <param name="Person">The person the goals are about.</param>
/// <param name="Incomplete">Their drafts with empty placeholders.</param>
/// <param name="NotSent">Profiles whose goals were never sent to them.</param>
/// <param name="ChangedSinceSent">Profiles whose goals changed after they were last sent.</param>
internal sealed record PersonToDo(DraftSubject Person, IReadOnlyList<DraftSummary> Incomplete, IReadOnlyList<string> NotSent, IReadOnlyList<string> ChangedSinceSent)
{
    /// <summary>True when nothing is left for this person.</summary>
    public bool IsDone => Incomplete.Count == 0 && NotSent.Count == 0 && ChangedSinceSent.Count == 0;

    /// <summary>
    /// What is left per person, from the manager's drafts and what they sent: drafts about nobody are not a person's
    /// goals and are left out; a profile counts as sent when it was sent after its last save.
    /// </summary>
    public static IReadOnlyList<PersonToDo> Of(IReadOnlyList<DraftSummary> drafts, IReadOnlyList<SentGoalsMark> sent) =>
        [.. drafts
            .Where(d => d.About is not null)
            .GroupBy(d => d.About!.UserId, StringComparer.Ordinal)
            .Select(person =>
            {
                var byProfile = person.GroupBy(d => d.ProfileId, StringComparer.Ordinal).ToList();
                var marks = byProfile.Select(p => (Profile: p.Key, LastSaved: p.Max(d => d.UpdatedAt), Sent: sent.FirstOrDefault(s => s.SubjectId == person.Key && s.ProfileId == p.Key))).ToList();
                return new PersonToDo(
                    person.OrderByDescending(d => d.UpdatedAt).First().About!,
                    [.. person.Where(d => !d.Completeness.IsComplete)],
                    [.. marks.Where(m => m.Sent is null).Select(m => m.Profile)],
                    [.. marks.Where(m => m.Sent is { } s && s.SentAt < m.LastSaved).Select(m => m.Profile)]);
            })
            .Where(p => !p.IsDone)
            .OrderBy(p => p.Person.Name, StringComparer.OrdinalIgnoreCase)];
}
