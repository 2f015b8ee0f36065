using System.Net;
using GoalFrames.Teams.Outbound;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GoalFrames.Teams;

/// <summary>
/// Once the server listens: without <c>Teams:AppId</c> the bot checks no tokens, which is safe only while nothing but
/// this machine can reach it. So it says so loudly, and stops the host when it listens on anything but loopback.
/// (Until then, <see cref="Http.ActivityEndpoint"/> serves only loopback callers in this mode.)
/// </summary>
internal sealed class DevelopmentModeGuard(IOptions<TeamsOptions> options, IServer server, ILogger<DevelopmentModeGuard> logger) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.IsDevelopmentMode)
        {
            if (string.IsNullOrWhiteSpace(options.Value.AppPassword))
            {
                throw new InvalidOperationException("Teams:AppId is set but Teams:AppPassword is not: the bot could not get a token to reply with. Set the app registration's client secret.");
            }

            _ = MsalBotTokenSource.AuthorityFor(options.Value);
            logger.LogInformation("Teams: /api/messages checks Bot Framework tokens for app {AppId} ({AppType})", options.Value.AppId, options.Value.AppType);
            return Task.CompletedTask;
        }

        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var exposed = addresses.Where(a => !IsLoopback(a)).ToList();
        if (exposed.Count > 0)
        {
            throw new InvalidOperationException(
                $"Teams:AppId is not set, so /api/messages would accept unauthenticated requests, and the host listens on {string.Join(", ", exposed)}. "
                + "Local development mode is allowed only on loopback (e.g. --urls http://127.0.0.1:3978). Set Teams:AppId, Teams:AppPassword and Teams:TenantId to serve Teams.");
        }

        logger.LogWarning(
            "Teams: LOCAL DEVELOPMENT MODE: no Teams:AppId is configured, so /api/messages accepts requests without a token and replies without one. "
            + "Allowed only because the host listens on loopback ({Addresses}); use the Microsoft 365 Agents Playground to try it.",
            string.Join(", ", addresses));
        return Task.CompletedTask;
    }

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    internal static bool IsLoopback(string address)
    {
        if (!Uri.TryCreate(address.Replace("://+", "://0.0.0.0", StringComparison.Ordinal).Replace("://*", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }
}
