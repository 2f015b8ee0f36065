using GoalFrames.Teams.Auth;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GoalFrames.Teams;

/// <summary>
/// Once the server listens: without <c>Teams:AppId</c> the bot checks no tokens, which is safe only while nothing but
/// this machine can reach it. So it says so loudly, and stops the host when it listens on anything but loopback.
/// (Until then, and after, <see cref="Auth.LocalDevelopmentGate"/> serves only requests that this machine sent directly.)
/// Impossible settings with an app id are refused earlier, while the host is built (<see cref="TeamsOptionsSetup"/>).
/// </summary>
internal sealed class DevelopmentModeGuard(IOptions<TeamsOptions> options, IServer server, ILogger<DevelopmentModeGuard> logger) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.IsDevelopmentMode)
        {
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
            + "Allowed only because the host listens on loopback ({Addresses}), and only for requests sent from this machine directly: "
            + "a tunnel or proxy (Forwarded, X-Forwarded-*), a browser page (Origin) and non-loopback serviceUrls are refused. A tunnel needs Teams:AppId. "
            + "Use the Microsoft 365 Agents Playground to try it.",
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

        return Loopback.IsHost(uri.Host);
    }
}
