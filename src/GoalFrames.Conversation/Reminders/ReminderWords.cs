using System.Globalization;
using System.Text;
using GoalFrames.Canon;
using GoalFrames.Conversation.Outcomes;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Engine.Drafts;
using GoalFrames.Engine.Resolution;

namespace GoalFrames.Conversation.Reminders;

/// <summary>The reminder a manager gets: the due date, one line per person with what is left, and a button to open each.</summary>
internal static class ReminderWords
{
    public const string TurnOff = "goals remind off";

    /// <summary>Turns the person's reminders on or off (<c>goals remind on|off</c>) and says what that means.</summary>
    public static async Task<string> SetAsync(IReminderStore store, DraftOwner person, bool on, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        await store.SetWantsRemindersAsync(person, on, cancellationToken).ConfigureAwait(false);
        return on
            ? "Reminders are on: before goals are due you get one message listing what is left for your people. \"goals remind off\" stops them."
            : "Reminders are off. \"goals remind on\" turns them back on.";
    }

    public static Answer.Words Of(IReadOnlyList<PersonToDo> people, DateOnly due, DateOnly today, ICanon canon)
    {
        var days = due.DayNumber - today.DayNumber;
        var when = days switch
        {
            0 => "today",
            1 => "tomorrow",
            _ => string.Create(CultureInfo.InvariantCulture, $"in {days} days"),
        };
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"Goals are due {when}, on {due:dddd d MMMM yyyy}. Still to do:"));
        foreach (var person in people)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n• {person.Person.Name}: {string.Join("; ", Left(person, canon))}");
        }

        text.Append("\nThis is a reminder from GoalFrames; \"goals remind off\" stops them.");
        var buttons = people.Take(DraftWords.MaxButtons)
            .Select(p => new ReplyNotice.Button($"Open {p.Person.Name}", new GoalsAction.Run($"goals <@{p.Person.UserId}|{p.Person.Name}>")))
            .Append(new ReplyNotice.Button("Stop reminders", new GoalsAction.Run(TurnOff)));
        return new Answer.Words(text.ToString()) { Buttons = [.. buttons] };
    }

    private static IEnumerable<string> Left(PersonToDo person, ICanon canon)
    {
        foreach (var draft in person.Incomplete)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{DraftWords.Title(draft, canon)} has {draft.Completeness.Empty} of {draft.Completeness.Total} blanks empty");
        }

        foreach (var profile in person.NotSent)
        {
            yield return $"{Profile(profile, canon)} not sent to {person.Person.Name} yet";
        }

        foreach (var profile in person.ChangedSinceSent)
        {
            yield return $"{Profile(profile, canon)} changed since you sent it";
        }
    }

    private static string Profile(string profileId, ICanon canon) =>
        canon.FindProfile(profileId) is { } profile ? ProfileResolver.Describe(profile) : profileId;
}
