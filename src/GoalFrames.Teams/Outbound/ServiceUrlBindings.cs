using System.Collections.Concurrent;

namespace GoalFrames.Teams.Outbound;

/// <summary>
/// The service URLs the connector may call: only those an accepted activity bound (its token's <c>serviceurl</c> claim
/// with an app id; a loopback URL in local development). The bot's own Bot Framework token is attached to every
/// connector call, so a URL nobody vouched for would get it. Kept per instance, in memory: every call the bot makes
/// answers an activity this instance accepted. Trailing slashes and letter case do not matter.
/// </summary>
internal sealed class ServiceUrlBindings
{
    private readonly ConcurrentDictionary<string, byte> _bound = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Records that an accepted activity vouched for <paramref name="serviceUrl"/>.</summary>
    public void Bind(string serviceUrl) => _bound.TryAdd(Key(serviceUrl), 0);

    /// <summary>True when an accepted activity bound <paramref name="serviceUrl"/>.</summary>
    public bool IsBound(string? serviceUrl) => !string.IsNullOrWhiteSpace(serviceUrl) && _bound.ContainsKey(Key(serviceUrl));

    private static string Key(string serviceUrl) => serviceUrl.Trim().TrimEnd('/');
}
