using System.Globalization;
using GoalFrames.Canon;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Engine.Drafts;
using GoalFrames.Engine.Resolution;

namespace GoalFrames.Conversation;

/// <summary>What goals sent to a person say, to them and to their manager (plain words, no markup).</summary>
internal static class SentWords
{
    public const string SendNeedsAPerson = "\"Send\" works on goals about one of your reports: ask with \"goals @name clinops M5 smart\", save, then send.";
    public const string NothingSaved = "Save your goals first: there is nothing saved to send yet.";
    public const string NotYours = "These goals were sent to someone else, so only they can answer them.";
    public const string Withdrawn = "These goals are no longer available: your manager deleted them.";
    public const string TypeAQuestion = "Type your question in the box first, then choose \"Ask a question\".";

    public static string When(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>The line on the manager's card: not sent, sent, acknowledged.</summary>
    public static string Status(DraftSubject person, SentGoals? sent) => sent switch
    {
        null => $"Not sent to {person.Name} yet.",
        { AcknowledgedAt: { } acknowledged } => $"Sent to {person.Name} {When(sent.SentAt)} · acknowledged {When(acknowledged)}.",
        _ => $"Sent to {person.Name} {When(sent.SentAt)} · not acknowledged yet.",
    };

    public static string Sent(DraftSubject person, SentGoals sent) =>
        sent.Sends == 1 ? $"Sent to {person.Name}." : $"Sent the update to {person.Name}; their copy says it replaces the one before.";

    public static string CannotReach(DraftSubject person, string reason) => $"I couldn't send these goals to {person.Name}: {reason} Nothing was marked as sent.";

    /// <summary>The notice on the person's copy: who sent what and when, with Acknowledge and a question box.</summary>
    public static ReplyNotice ForThePerson(SentGoals sent, Profile? profile)
    {
        var what = profile is null ? sent.ProfileId : ProfileResolver.Describe(profile);
        var text = sent.Sends == 1
            ? $"{sent.ManagerName} sent you goals for {what} on {When(sent.SentAt)}."
            : $"Updated: {sent.ManagerName} sent you a new version of your goals for {what} on {When(sent.SentAt)}; it replaces the earlier one.";
        if (sent.AcknowledgedAt is { } acknowledged)
        {
            return new ReplyNotice($"{text} You acknowledged them on {When(acknowledged)}.");
        }

        return new ReplyNotice(
            text + " Acknowledge them, or ask a question.",
            [
                new ReplyNotice.Button("Acknowledge", new GoalsAction.Acknowledge(sent.ProfileId, sent.Id, sent.Sends)),
                new ReplyNotice.Button("Ask a question", new GoalsAction.AskQuestion(sent.ProfileId, sent.Id, sent.Sends, string.Empty)),
            ])
        {
            Input = new ReplyNotice.NoticeInput(ActionNames.QuestionInput, $"A question for {sent.ManagerName}"),
        };
    }

    public static string Acknowledged(SentGoals sent, Profile? profile) =>
        $"{sent.Subject.Name} acknowledged the goals you sent for {(profile is null ? sent.ProfileId : ProfileResolver.Describe(profile))} ({When(sent.AcknowledgedAt ?? sent.SentAt)}).";

    public static string Question(SentGoals sent, Profile? profile, string question) =>
        $"{sent.Subject.Name} has a question about the goals you sent for {(profile is null ? sent.ProfileId : ProfileResolver.Describe(profile))}:\n\"{question}\"\nAnswer them directly; \"Open\" shows the goals.";

    public static string Superseded(SentGoals sent) =>
        $"{sent.ManagerName} has sent a newer version of these goals since; answer the newest message.";

    public static string QuestionSent(SentGoals sent) => $"Sent your question to {sent.ManagerName}.";
}
