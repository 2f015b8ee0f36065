using GoalFrames.Teams.Activities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Tokens;

namespace GoalFrames.Teams.Auth;

/// <summary>
/// Checks the bearer token of an activity the way the Bot Framework asks: the issuer picks the metadata (Bot Framework
/// or the bot's Entra tenant), then signature (RS256/384/512 only), audience (the app id), lifetime (with skew), and the
/// <c>serviceurl</c> claim, which every accepted token must carry and which must be the activity's. A token the bot's
/// tenant issued must also have been issued to the bot itself (<see cref="EntraCaller"/>); a Bot Framework token's
/// signing key must be endorsed for the activity's channel.
/// </summary>
internal sealed class BotAuthenticator
{
    private const string ServiceUrlClaim = "serviceurl";
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly TeamsOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<BotAuthenticator> _logger;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly ConfigurationManager<BotSigningMetadata> _botFramework;
    private readonly ConfigurationManager<BotSigningMetadata> _entra;

    public BotAuthenticator(IOptions<TeamsOptions> options, IHttpClientFactory httpClientFactory, TimeProvider time, ILogger<BotAuthenticator> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        _options = options.Value;
        _time = time;
        _logger = logger;
        _botFramework = Manager(_options.OpenIdMetadataUrl, httpClientFactory);
        _entra = Manager(_options.EntraOpenIdMetadataUrl, httpClientFactory);
    }

    public const string HttpClientName = "teams-openid";

    /// <summary>The token of an <c>Authorization: Bearer …</c> header, or null.</summary>
    public static string? BearerToken(string? authorization)
    {
        const string Scheme = "Bearer ";
        return authorization is not null && authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) && authorization.Length > Scheme.Length
            ? authorization[Scheme.Length..].Trim()
            : null;
    }

    public async Task<AuthOutcome> AuthenticateAsync(string token, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        JsonWebToken jwt;
        try
        {
            jwt = new JsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return AuthOutcome.Unauthorized("the bearer token is not a JWT");
        }

        var issuer = jwt.Issuer;
        var fromBotFramework = issuer == BotIssuers.BotFramework;
        var tenant = _options.TenantId;
        if (!fromBotFramework && (string.IsNullOrEmpty(tenant) || !BotIssuers.Entra(tenant).Contains(issuer, StringComparer.Ordinal)))
        {
            return AuthOutcome.Unauthorized($"the token's issuer '{issuer}' is not trusted");
        }

        var manager = fromBotFramework ? _botFramework : _entra;
        var (result, metadata) = await ValidateAsync(token, issuer, manager, cancellationToken).ConfigureAwait(false);
        if (!result.IsValid)
        {
            _logger.LogInformation(result.Exception, "Teams: refused a token from {Issuer}", issuer);
            return AuthOutcome.Unauthorized($"the token is not valid ({Describe(result.Exception)})");
        }

        if (!fromBotFramework && EntraCaller.Check(result.Claims, _options.AppId!) is { } refusal)
        {
            return AuthOutcome.Unauthorized(refusal);
        }

        // Required from every issuer: it is what binds the service URL the bot's own token may later be sent to.
        var serviceUrl = result.Claims.TryGetValue(ServiceUrlClaim, out var claim) ? claim as string : null;
        if (string.IsNullOrEmpty(serviceUrl))
        {
            return AuthOutcome.Unauthorized("the token has no serviceurl claim, so the activity's serviceUrl is not vouched for");
        }

        if (!string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return AuthOutcome.Unauthorized("the token's serviceurl claim does not match the activity's serviceUrl");
        }

        if (fromBotFramework && !IsEndorsed(metadata, jwt.Kid, activity.ChannelId))
        {
            return AuthOutcome.Forbidden($"the signing key is not endorsed for channel '{activity.ChannelId}'");
        }

        return AuthOutcome.Accepted;
    }

    private async Task<(TokenValidationResult Result, BotSigningMetadata Metadata)> ValidateAsync(
        string token, string issuer, ConfigurationManager<BotSigningMetadata> manager, CancellationToken cancellationToken)
    {
        var metadata = await manager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        var result = await _handler.ValidateTokenAsync(token, Parameters(issuer, metadata)).ConfigureAwait(false);
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // Keys roll over: fetch the metadata again (at most every few minutes) and try once more.
            manager.RequestRefresh();
            metadata = await manager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
            result = await _handler.ValidateTokenAsync(token, Parameters(issuer, metadata)).ConfigureAwait(false);
        }

        return (result, metadata);
    }

    private TokenValidationParameters Parameters(string issuer, BotSigningMetadata metadata) => new()
    {
        ValidIssuer = issuer,
        ValidAudience = _options.AppId,
        ValidAlgorithms = Algorithms,
        IssuerSigningKeys = metadata.Keys,
        ClockSkew = _options.MaxClockSkew,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        RequireAudience = true,
        ValidateLifetime = true,
        LifetimeValidator = ValidLifetime,
    };

    /// <summary>The token's lifetime against the injected clock: not before <c>nbf</c> − skew, not after <c>exp</c> + skew.</summary>
    private bool ValidLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var skew = _options.MaxClockSkew;
        return expires is { } exp && now <= exp.ToUniversalTime() + skew && (notBefore is not { } nbf || now >= nbf.ToUniversalTime() - skew);
    }

    private static bool IsEndorsed(BotSigningMetadata metadata, string? kid, string? channelId) =>
        !string.IsNullOrEmpty(kid) && !string.IsNullOrEmpty(channelId)
        && metadata.Endorsements.TryGetValue(kid, out var channels) && channels.Contains(channelId);

    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException or SecurityTokenInvalidLifetimeException => "expired, or not yet valid",
        SecurityTokenNotYetValidException => "not yet valid",
        SecurityTokenInvalidAudienceException => "wrong audience",
        SecurityTokenInvalidIssuerException => "wrong issuer",
        SecurityTokenInvalidAlgorithmException => "algorithm not allowed",
        SecurityTokenSignatureKeyNotFoundException => "unknown signing key",
        SecurityTokenInvalidSignatureException => "bad signature",
        SecurityTokenNoExpirationException => "no expiry",
        null => "unknown reason",
        _ => exception.GetType().Name,
    };

    private static ConfigurationManager<BotSigningMetadata> Manager(Uri metadataUrl, IHttpClientFactory httpClientFactory) =>
        new(metadataUrl.ToString(), new BotMetadataRetriever(), new HttpDocumentRetriever(httpClientFactory.CreateClient(HttpClientName)) { RequireHttps = !metadataUrl.IsLoopback })
        {
            AutomaticRefreshInterval = TimeSpan.FromHours(12),
        };
}
