using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace GoalFrames.Teams.Outbound;

/// <summary>
/// Client-credentials tokens for the Bot Connector from one MSAL confidential client (a singleton, so its in-memory
/// token cache serves every call until the token nears expiry). The authority is the bot's tenant for a single-tenant
/// app and <c>botframework.com</c> for a legacy multi-tenant one.
/// </summary>
internal sealed class MsalBotTokenSource : IBotTokenSource
{
    public const string Scope = "https://api.botframework.com/.default";
    public const string MultiTenantAuthority = "botframework.com";

    private readonly IConfidentialClientApplication _app;

    public MsalBotTokenSource(IOptions<TeamsOptions> options, IMsalHttpClientFactory httpClientFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.AppPassword))
        {
            throw new InvalidOperationException("Teams:AppId is set but Teams:AppPassword is not: the bot cannot get a token to reply with");
        }

        Authority = AuthorityFor(settings);
        // A token endpoint on loopback (an end-to-end test's) is not a Microsoft cloud: nothing to validate or discover.
        var cloud = !settings.AuthorityHost.IsLoopback;
        _app = ConfidentialClientApplicationBuilder.Create(settings.AppId)
            .WithClientSecret(settings.AppPassword)
            .WithAuthority(Authority, validateAuthority: cloud)
            .WithInstanceDiscovery(cloud)
            .WithHttpClientFactory(httpClientFactory)
            .Build();
    }

    public string Authority { get; }

    public static string AuthorityFor(TeamsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var tenant = options.AppType switch
        {
            TeamsAppType.MultiTenant => MultiTenantAuthority,
            _ => string.IsNullOrWhiteSpace(options.TenantId)
                ? throw new InvalidOperationException("Teams:AppType is SingleTenant but Teams:TenantId is not set")
                : options.TenantId,
        };
        return new Uri(options.AuthorityHost, tenant).ToString();
    }

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var result = await _app.AcquireTokenForClient([Scope]).ExecuteAsync(cancellationToken).ConfigureAwait(false);
        return result.AccessToken;
    }
}
