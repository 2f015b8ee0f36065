using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace GoalFrames.Teams.Auth;

/// <summary>
/// Local development mode (no <c>Teams:AppId</c>) checks no token, so a request is served only when nothing but a
/// program on this machine can have sent it: a loopback peer, no proxy or tunnel headers (<c>Forwarded</c>,
/// <c>X-Forwarded-*</c>, …), a loopback <c>Host</c> (no DNS rebinding), no <c>Origin</c> (no browser), an
/// <c>application/json</c> body (no form a web page can post), and a loopback <c>serviceUrl</c> to answer to.
/// </summary>
internal static class LocalDevelopmentGate
{
    private const string Why = "Teams:AppId is not set (local development mode), so ";

    /// <summary>Headers a proxy or tunnel adds for the client it forwards.</summary>
    private static readonly string[] ProxyHeaders = ["Forwarded", "Via", "X-Real-IP", "True-Client-IP", "CF-Connecting-IP", "X-Client-IP", "X-Cluster-Client-IP"];

    private static readonly string[] ProxyHeaderPrefixes = ["X-Forwarded-", "X-Original-"];

    /// <summary>The request as it arrived, before its body is read.</summary>
    public static AuthOutcome CheckRequest(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (context.Connection.RemoteIpAddress is { } remote && !IPAddress.IsLoopback(remote))
        {
            return AuthOutcome.Unauthorized(Why + "only local (loopback) callers are served");
        }

        if (request.Headers.Keys.FirstOrDefault(IsProxyHeader) is { } proxy)
        {
            return AuthOutcome.Forbidden(Why + $"a request forwarded by a proxy or tunnel ({proxy}) is refused: a tunnel needs Teams:AppId (see docs/teams.md)");
        }

        if (!Loopback.IsHost(request.Host.Host))
        {
            return AuthOutcome.Forbidden(Why + $"the Host header must name this machine (localhost, 127.0.0.1 or [::1]), not '{Shown(request.Host.Value)}'");
        }

        if (request.Headers.ContainsKey(HeaderNames.Origin) || request.Headers.ContainsKey("Sec-Fetch-Site"))
        {
            return AuthOutcome.Forbidden(Why + "a request sent by a web page (it carries an Origin or Sec-Fetch-Site header) is refused");
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return new AuthOutcome(StatusCodes.Status415UnsupportedMediaType, Why + $"only an application/json body is accepted, not '{Shown(request.ContentType)}'");
        }

        return AuthOutcome.Accepted;
    }

    /// <summary>The activity's <c>serviceUrl</c>, which replies (and card updates) go to.</summary>
    public static AuthOutcome CheckServiceUrl(string? serviceUrl) => Loopback.IsHttpUrl(serviceUrl)
        ? AuthOutcome.Accepted
        : AuthOutcome.Forbidden(Why + $"the activity's serviceUrl must be an http(s) URL on this machine (localhost, 127.0.0.1 or [::1]), not '{Shown(serviceUrl)}'");

    /// <summary>A value the caller sent, short enough to quote in a refusal.</summary>
    internal static string Shown(string? value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        var shown = string.Concat(value.Take(200).Select(c => char.IsControl(c) ? '?' : c));
        return value.Length > 200 ? shown + "…" : shown;
    }

    private static bool IsProxyHeader(string name) =>
        ProxyHeaders.Contains(name, StringComparer.OrdinalIgnoreCase)
        || ProxyHeaderPrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));
}
