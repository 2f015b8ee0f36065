namespace GoalFrames.Teams;

/// <summary>Teams settings, bound from the <c>Teams</c> configuration section.</summary>
public sealed class TeamsOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Teams";

    /// <summary>The Bot Framework metadata Teams' tokens are checked against (issuer <c>https://api.botframework.com</c>).</summary>
    public static readonly Uri BotFrameworkMetadataUrl = new("https://login.botframework.com/v1/.well-known/openidconfiguration");

    /// <summary>The Microsoft Entra metadata that tokens issued by a tenant (<c>sts.windows.net</c>, <c>login.microsoftonline.com</c>) are checked against.</summary>
    public static readonly Uri EntraMetadataUrl = new("https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration");

    /// <summary>
    /// The bot's Microsoft App ID (the Entra app registration's client id). Without it the bot runs in local development
    /// mode: no token is checked or sent, and the host must listen on loopback only.
    /// </summary>
    public string? AppId { get; set; }

    /// <summary>The app registration's client secret, used to get tokens for the Bot Connector.</summary>
    public string? AppPassword { get; set; }

    /// <summary>The tenant of the app registration; required for <see cref="TeamsAppType.SingleTenant"/>.</summary>
    public string? TenantId { get; set; }

    /// <summary>How the app registration is set up (single-tenant by default, as new Azure Bot resources are).</summary>
    public TeamsAppType AppType { get; set; } = TeamsAppType.SingleTenant;

    /// <summary>Where the Bot Framework OpenID metadata is read; tests point it at a local server.</summary>
    public Uri OpenIdMetadataUrl { get; set; } = BotFrameworkMetadataUrl;

    /// <summary>Where the Entra OpenID metadata is read (for tokens a tenant issued); tests point it at a local server.</summary>
    public Uri EntraOpenIdMetadataUrl { get; set; } = EntraMetadataUrl;

    /// <summary>Where MSAL gets tokens (<c>https://login.microsoftonline.com</c>); the tenant is appended.</summary>
    public Uri AuthorityHost { get; set; } = new("https://login.microsoftonline.com");

    /// <summary>How far a token's lifetime may be off, either way.</summary>
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long one connector call may take before it is abandoned.</summary>
    public TimeSpan ConnectorTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The most retries of one connector call (429 after Retry-After; 412, 502, 503, 504 with backoff).</summary>
    public int ConnectorMaxRetries { get; set; } = 3;

    /// <summary>The first backoff delay; it doubles with each retry.</summary>
    public TimeSpan ConnectorBackoff { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long an activity id is remembered, so a retried delivery is handled once.</summary>
    public TimeSpan DedupeWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long an <c>adaptiveCard/action</c> invoke may take before it is answered with an error (Teams waits 15 s).</summary>
    public TimeSpan InvokeTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The largest request body accepted, in bytes.</summary>
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// The Bot Framework channels whose activities are served (<c>Teams:AllowedChannels:0</c>, … or one comma-separated
    /// value); unset means only <c>msteams</c>. Identities are read as Teams identities, so another channel's ids would
    /// be taken for Teams users.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1819:Properties should not return arrays", Justification = "Bound from configuration.")]
    public string[]? AllowedChannels { get; set; }

    /// <summary>True when no app id is configured: local development without authentication.</summary>
    internal bool IsDevelopmentMode => string.IsNullOrWhiteSpace(AppId);

    /// <summary>The channels served: <see cref="AllowedChannels"/> (commas split), or <c>msteams</c>.</summary>
    internal IReadOnlyList<string> AcceptedChannels =>
        AllowedChannels?.SelectMany(c => c.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray() is { Length: > 0 } channels
            ? channels
            : [DefaultChannel];

    /// <summary>The only channel served unless <see cref="AllowedChannels"/> says otherwise.</summary>
    public const string DefaultChannel = "msteams";
}
