using GoalFrames.Conversation.Platforms;
using GoalFrames.Teams.Outbound;
using Microsoft.Extensions.Logging;

namespace GoalFrames.Teams.People;

/// <summary>
/// Teams' people directory: the Bot Connector's members API (<c>GET {serviceUrl}/v3/conversations/{id}/members/{userId}</c>)
/// in a stored conversation of the tenant the person is in (their own chat with the bot first, then group chats and
/// channels), which gives their name and email (else the user principal name). Teams gives no time zone here. A person
/// in no conversation the bot knows, or a refusal, gives null.
/// </summary>
internal sealed partial class TeamsPeopleDirectory(IConversationReferenceSearch references, ConnectorClient connector, ILogger<TeamsPeopleDirectory> logger) : IPeopleDirectory
{
    private const int MaxConversationsTried = 3;

    public string Platform => "teams";

    public bool GivesTimeZones => false;

    public async Task<PersonDetails?> FindAsync(string workspace, string userId, CancellationToken cancellationToken)
    {
        foreach (var reference in await references.ForPersonAsync(workspace, userId, MaxConversationsTried, cancellationToken).ConfigureAwait(false))
        {
            try
            {
                var member = await connector.GetMemberAsync(reference.ServiceUrl, reference.ConversationId, userId, cancellationToken).ConfigureAwait(false);
                var email = new[] { member.Email, member.UserPrincipalName }.FirstOrDefault(e => !string.IsNullOrWhiteSpace(e) && e.Contains('@', StringComparison.Ordinal));
                return new PersonDetails(member.Id ?? userId, string.IsNullOrWhiteSpace(member.Name) ? userId : member.Name, email, null);
            }
            catch (ConnectorException ex)
            {
                LogLookupFailed(logger, ex, userId, reference.ConversationId);
            }
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Teams: member {UserId} not found in conversation {ConversationId}")]
    private static partial void LogLookupFailed(ILogger logger, Exception exception, string userId, string conversationId);
}
