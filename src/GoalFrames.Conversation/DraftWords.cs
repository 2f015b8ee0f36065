using System.Globalization;
using System.Text;
using GoalFrames.Canon;
using GoalFrames.Conversation.Outcomes;
using GoalFrames.Engine;
using GoalFrames.Engine.Checks;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Engine.Drafts;
using GoalFrames.Engine.Resolution;
using GoalFrames.Engine.Sheets;

namespace GoalFrames.Conversation;

/// <summary>
/// The answers to <c>goals mine</c>, <c>goals @report</c>, <c>goals team</c> and <c>goals forget …</c>: what each draft
/// is (profile title, framework, person), how far along, when last saved, with a button to open it.
/// </summary>
internal static class DraftWords
{
    /// <summary>At most this many Open buttons under one answer (Slack allows 25 elements per actions block, Teams cards stay readable).</summary>
    public const int MaxButtons = 10;

    public static Answer.Words Of(DraftsReply reply, ICanon canon, IReadOnlyList<SentGoals> sent, IReadOnlyDictionary<string, CheckRollup> checks) => reply switch
    {
        DraftsReply.Listing { Drafts.Count: 0 } => new(
            "You have no saved drafts. Ask for goals (e.g. \"goals clinops M5 smart\", or \"goals @name clinops M5 smart\" for one of your reports), choose \"Edit in DM\", fill in the blanks and save."),
        DraftsReply.Listing listing => new(List("Your drafts:", listing.Drafts, canon, withPerson: true)
            + "\n\"goals forget N\" deletes one; \"goals forget all\" deletes them all; \"goals team\" shows them by person.")
        {
            Buttons = Open(listing.Drafts),
        },
        DraftsReply.PersonDrafts { Drafts.Count: 0 } none => new(
            $"You have no drafts about {none.Person.Name} yet. Which role and level? For example \"goals @{none.Person.Name} clinops M5 smart\"; \"goals list\" shows every role."),
        DraftsReply.PersonDrafts person => new(List($"Your drafts about {person.Person.Name}:", person.Drafts, canon, withPerson: false)
            + $"\n\"goals forget @{person.Person.Name}\" deletes everything about {person.Person.Name}.")
        {
            Buttons = Open(person.Drafts),
        },
        DraftsReply.Team team => Team(team, canon, sent, checks),
        DraftsReply.Forgotten { Drafts.Count: 0 } => new("There was nothing to forget."),
        DraftsReply.Forgotten forgotten => new(List(
            forgotten.Drafts.Count == 1 ? "Forgot this draft:" : $"Forgot these {forgotten.Drafts.Count} drafts:", forgotten.Drafts, canon, withPerson: true)),
        DraftsReply.NoSuchDraft none => new(none.Count == 0
            ? "You have no saved drafts."
            : string.Create(CultureInfo.InvariantCulture, $"There is no draft {none.Number}; you have {none.Count}. \"goals mine\" lists them.")),
        _ => throw new ArgumentOutOfRangeException(nameof(reply), reply, null),
    };

    /// <summary>
    /// The answer to <c>goals forget @person</c>: the drafts deleted, and whether what was sent to them went too (their
    /// copy stays in their chat, but can no longer be acknowledged or answered).
    /// </summary>
    public static Answer.Words ForgotPerson(DraftsReply.Forgotten forgotten, DraftSubject person, int sends, ICanon canon)
    {
        var drafts = forgotten.Drafts.Count == 0 ? null : Of(forgotten, canon, [], new Dictionary<string, CheckRollup>()).Text;
        var sent = sends == 0 ? null : $"Deleted the goals you sent {person.Name}: the copy in their chat can no longer be acknowledged or answered.";
        return new(drafts is null && sent is null
            ? $"There was nothing about {person.Name} to forget."
            : string.Join("\n", new[] { drafts, sent }.OfType<string>()));
    }

    /// <summary>A draft's title: the profile as the canon names it, and the framework.</summary>
    public static string Title(DraftSummary draft, ICanon canon)
    {
        var profile = canon.FindProfile(draft.ProfileId);
        var name = profile is not null ? ProfileResolver.Describe(profile) : GrowthPair.IsPairId(draft.ProfileId) ? draft.ProfileId : $"{draft.ProfileId} (no longer in the canon)";
        return $"{name} · {draft.Framework.Keyword()}";
    }

    private static Answer.Words Team(DraftsReply.Team team, ICanon canon, IReadOnlyList<SentGoals> sent, IReadOnlyDictionary<string, CheckRollup> checks)
    {
        if (team.Members.Count == 0)
        {
            return new("You have no drafts about anyone yet. Start one with \"goals @name clinops M5 smart\" (mention the person)."
                + (team.AboutNobody > 0 ? string.Create(CultureInfo.InvariantCulture, $" You have {team.AboutNobody} draft(s) about nobody in particular: \"goals mine\" lists them.") : string.Empty));
        }

        var text = new StringBuilder(team.Pages > 1 ? string.Create(CultureInfo.InvariantCulture, $"Your team (page {team.Page} of {team.Pages}):") : "Your team:");
        foreach (var member in team.Members)
        {
            var frames = string.Join(", ", member.Drafts.Select(d => Title(d, canon)));
            text.Append(CultureInfo.InvariantCulture, $"\n• {member.Person.Name}: {frames} — {member.Completeness.Filled} of {member.Completeness.Total} filled, last saved {member.LastSaved:yyyy-MM-dd}");
            if (checks.TryGetValue(member.Person.UserId, out var rollup) && rollup.Goals > 0)
            {
                text.Append("; ").Append(rollup.Summary);
            }

            text.Append(Delivery(member, sent));
        }

        if (team.AboutNobody > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nAnd {team.AboutNobody} draft(s) about nobody in particular (\"goals mine\").");
        }

        var buttons = team.Members.Select(m => new ReplyNotice.Button($"Open {m.Person.Name}", new GoalsAction.Run($"goals <@{m.Person.UserId}|{m.Person.Name}>"))).ToList();
        if (team.Page < team.Pages)
        {
            buttons.Add(new ReplyNotice.Button("Next page", new GoalsAction.Run(string.Create(CultureInfo.InvariantCulture, $"goals team {team.Page + 1}"))));
        }

        return new(text.ToString()) { Buttons = buttons };
    }

    /// <summary>What was sent to the person and whether they acknowledged it, per profile; "not sent" when nothing was.</summary>
    private static string Delivery(TeamMember member, IReadOnlyList<SentGoals> sent)
    {
        var theirs = sent.Where(s => s.Subject.IsSamePerson(member.Person)).ToList();
        if (theirs.Count == 0)
        {
            return "; not sent";
        }

        return string.Concat(theirs.Select(s => s.AcknowledgedAt is { } at
            ? $"; sent {s.SentAt:yyyy-MM-dd}, acknowledged {at:yyyy-MM-dd}"
            : $"; sent {s.SentAt:yyyy-MM-dd}, not acknowledged yet"));
    }

    private static string List(string heading, IReadOnlyList<DraftSummary> drafts, ICanon canon, bool withPerson)
    {
        var text = new StringBuilder(heading);
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            var person = withPerson && draft.About is { } about ? $" — about {about.Name}" : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $"\n{i + 1}. {Title(draft, canon)}{person} — {draft.Completeness.Filled} of {draft.Completeness.Total} filled, last saved {draft.UpdatedAt:yyyy-MM-dd HH:mm} UTC");
        }

        return text.ToString();
    }

    private static List<ReplyNotice.Button> Open(IReadOnlyList<DraftSummary> drafts) =>
        [.. drafts.Take(MaxButtons).Select((d, i) => new ReplyNotice.Button(
            string.Create(CultureInfo.InvariantCulture, $"Open {i + 1}"),
            new GoalsAction.SwitchFramework(d.ProfileId, d.Framework) { About = d.About }))];
}
