using GoalFrames.Conversation.Platforms;
using Microsoft.Extensions.Options;

namespace GoalFrames.Slack.Installs;

/// <summary>The bot token for a workspace: the configured one of a single-workspace install, else the stored installation.</summary>
internal sealed class SlackTokens(IOptions<SlackOptions> options, IInstallationStore installations)
{
    public async Task<string?> BotTokenAsync(string? workspaceId, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(options.Value.BotToken))
        {
            return options.Value.BotToken;
        }

        if (string.IsNullOrEmpty(workspaceId))
        {
            return null;
        }

        return (await installations.GetAsync(workspaceId, cancellationToken).ConfigureAwait(false))?.BotToken;
    }
}
