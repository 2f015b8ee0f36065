using System.Collections.Concurrent;

namespace GoalFrames.Teams.Files;

/// <summary>
/// Files offered on a consent card and not yet accepted or declined, kept in this process for
/// <see cref="Lifetime"/>: a file consent card carries a token, never the file. An answer that reaches another instance,
/// or comes later, finds nothing and the person is asked to export again.
/// </summary>
internal sealed class PendingFiles(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<string, (PendingFile File, DateTimeOffset Until)> _files = new(StringComparer.Ordinal);

    public string Add(PendingFile file)
    {
        foreach (var stale in _files.Where(f => f.Value.Until < clock.GetUtcNow()).Select(f => f.Key).ToList())
        {
            _files.TryRemove(stale, out _);
        }

        var token = Guid.NewGuid().ToString("N");
        _files[token] = (file, clock.GetUtcNow() + Lifetime);
        return token;
    }

    /// <summary>Takes the file for the token, once; null when it is unknown, expired or someone else's.</summary>
    public PendingFile? Take(string? token, string? userId) =>
        token is not null && _files.TryRemove(token, out var entry) && entry.Until >= clock.GetUtcNow() && string.Equals(entry.File.UserId, userId, StringComparison.Ordinal)
            ? entry.File
            : null;
}
