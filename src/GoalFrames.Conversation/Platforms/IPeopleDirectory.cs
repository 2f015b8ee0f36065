namespace GoalFrames.Conversation.Platforms;

/// <summary>
/// Looks people up on their chat platform: a name, an email for exports to the HR system, a time zone for reminders.
/// Each platform adapter implements it for its own platform; a lookup the platform refuses (scope missing, user gone)
/// gives null, never an exception, and the caller says what it could not find.
/// </summary>
public interface IPeopleDirectory
{
    /// <summary>The platform this directory answers for, e.g. <c>slack</c> or <c>teams</c>.</summary>
    string Platform { get; }

    /// <summary>Whether <see cref="FindAsync"/> can give a time zone (Slack's <c>users.info</c> does; Teams' members API does not), so reminders only ask when there is one to learn.</summary>
    bool GivesTimeZones { get; }

    /// <summary>What the platform says about a user, or null when it cannot say.</summary>
    /// <param name="workspace">The Slack team or enterprise, or the Teams tenant.</param>
    /// <param name="userId">The user id.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    Task<PersonDetails?> FindAsync(string workspace, string userId, CancellationToken cancellationToken);
}
