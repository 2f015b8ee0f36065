using GoalFrames.Teams.Activities;

namespace GoalFrames.Teams.Turns;

/// <summary>
/// <c>installationUpdate</c> (<c>add</c> / <c>remove</c>) and <c>conversationUpdate</c> (the bot among the members
/// added or removed): welcome and keep the conversation reference, or forget it.
/// </summary>
internal sealed class MembershipHandler(WelcomeSender welcome)
{
    public Task HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var botId = activity.Recipient?.Id;
        return activity.Type switch
        {
            ActivityTypes.InstallationUpdate when activity.Action is "add" => welcome.WelcomeAsync(activity, cancellationToken),
            ActivityTypes.InstallationUpdate when activity.Action is "remove" => welcome.ForgetAsync(activity, cancellationToken),
            ActivityTypes.ConversationUpdate when Includes(activity.MembersAdded, botId) => welcome.WelcomeAsync(activity, cancellationToken),
            ActivityTypes.ConversationUpdate when Includes(activity.MembersRemoved, botId) => welcome.ForgetAsync(activity, cancellationToken),
            _ => Task.CompletedTask,
        };
    }

    private static bool Includes(IReadOnlyList<ChannelAccount>? members, string? id) =>
        id is not null && members is not null && members.Any(m => m.Id == id);
}
