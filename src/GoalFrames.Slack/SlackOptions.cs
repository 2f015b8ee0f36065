using Microsoft.Extensions.Configuration;

namespace GoalFrames.Slack;

/// <summary>Slack settings, bound from the <c>Slack</c> configuration section.</summary>
public sealed class SlackOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Slack";

    /// <summary>The app's signing secret. Until it is set, every Slack endpoint refuses requests.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>The bot token (<c>xoxb-…</c>) of a single-workspace install.</summary>
    public string? BotToken { get; set; }

    /// <summary>The app's client id, for OAuth installs into many workspaces.</summary>
    public string? ClientId { get; set; }

    /// <summary>The app's client secret, for OAuth installs.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Slack's authorize page; tests point it elsewhere.</summary>
    public Uri OAuthAuthorizeUrl { get; set; } = new("https://slack.com/oauth/v2/authorize");

    /// <summary>The public origin Slack redirects back to (default: the origin of the install request).</summary>
    public Uri? PublicUrl { get; set; }

    /// <summary>The app-level token (<c>xapp-…</c>); when set, Socket Mode runs.</summary>
    public string? AppToken { get; set; }

    /// <summary>The Web API base URL; tests point it at a local fake.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>How long one Web API call may take before it is abandoned.</summary>
    public TimeSpan ApiTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The least time between two messages posted to one channel (Slack allows about one a second).</summary>
    public TimeSpan ChannelPacing { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often Socket Mode pings Slack; a ping unanswered for as long again ends a half-open socket.</summary>
    public TimeSpan SocketKeepAlive { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How many slash-command replies to keep ready (they depend only on the canon and the words); 0 turns it off.</summary>
    public int ReplyCacheSize { get; set; } = 4096;

    /// <summary>How far a request's timestamp may be from now, either way.</summary>
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The largest request body accepted, in bytes.</summary>
    public int MaxBodyBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// Refuses, while the host is built, Slack settings that cannot work: half of the OAuth pair, or OAuth installs
    /// without the key that encrypts the bot tokens they hand over (<c>Storage:TokenEncryptionKey</c>, or its alias
    /// <c>Slack:TokenEncryptionKey</c>). The message names the key to set.
    /// </summary>
    /// <param name="configuration">The whole configuration (the key lives in the <c>Storage</c> section).</param>
    /// <exception cref="InvalidOperationException">The settings cannot work.</exception>
    public static void ThrowIfImpossible(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        var clientId = !string.IsNullOrWhiteSpace(section[nameof(ClientId)]);
        var clientSecret = !string.IsNullOrWhiteSpace(section[nameof(ClientSecret)]);
        if (clientId != clientSecret)
        {
            var (set, missing) = clientId ? ("Slack:ClientId", "Slack:ClientSecret") : ("Slack:ClientSecret", "Slack:ClientId");
            throw new InvalidOperationException(
                $"{set} is set but {missing} is not, so OAuth installs cannot work. Set {missing} from the app's Basic Information page (or remove {set}).");
        }

        var key = configuration["Storage:TokenEncryptionKey"] ?? section["TokenEncryptionKey"];
        if (clientId && string.IsNullOrWhiteSpace(key))
        {
            throw new InvalidOperationException(
                "Slack:ClientId and Slack:ClientSecret are set (OAuth installs), but Storage:TokenEncryptionKey is not, so the bot token of each install could not be stored. "
                + "Set Storage:TokenEncryptionKey to the base64 of 32 random bytes (e.g. `openssl rand -base64 32`), the same on every instance.");
        }
    }
}
