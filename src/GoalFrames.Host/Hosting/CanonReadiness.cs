namespace GoalFrames.Host.Hosting;

/// <summary>The canon part of /readyz.</summary>
internal sealed record CanonReadiness(
    string Name,
    string Version,
    string Fingerprint,
    int Profiles,
    DateTimeOffset LoadedAt,
    DateTimeOffset? LastRejectedAt,
    IReadOnlyList<string> Problems);
