namespace GoalFrames.Conversation.Platforms;

/// <summary>
/// One installation of the app in a workspace: the bot token to call the platform with, and who the bot is.
/// The token is a secret: <see cref="ToString"/> never shows it, and the store encrypts it at rest.
/// </summary>
/// <param name="WorkspaceId">The Slack team id (<c>T…</c>), or the enterprise id (<c>E…</c>) of an org-wide install.</param>
/// <param name="BotToken">The bot token, in clear text in memory only.</param>
/// <param name="BotUserId">The bot's user id in that workspace.</param>
/// <param name="AppId">The app id.</param>
/// <param name="InstalledAt">When it was installed.</param>
public sealed record Installation(string WorkspaceId, string BotToken, string BotUserId, string AppId, DateTimeOffset InstalledAt)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"Installation {{ WorkspaceId = {WorkspaceId}, BotToken = ***, BotUserId = {BotUserId}, AppId = {AppId}, InstalledAt = {InstalledAt:O} }}";
}
