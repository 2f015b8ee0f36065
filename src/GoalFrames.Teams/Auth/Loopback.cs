using System.Net;

namespace GoalFrames.Teams.Auth;

/// <summary>What counts as this machine: <c>localhost</c>, 127.0.0.0/8 and <c>::1</c>, on any port.</summary>
internal static class Loopback
{
    /// <summary>True for a host name or address (IPv6 with or without brackets) that only this machine answers.</summary>
    public static bool IsHost(string? host)
    {
        if (string.IsNullOrWhiteSpace(host))
        {
            return false;
        }

        return string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }

    /// <summary>True for an absolute http(s) URL whose host is loopback.</summary>
    public static bool IsHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && IsHost(uri.Host);
}
