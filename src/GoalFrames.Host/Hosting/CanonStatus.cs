using GoalFrames.Canon;

namespace GoalFrames.Host.Hosting;

/// <summary>What /readyz says about the canon: what is served, and what was wrong with the last attempt to reload it.</summary>
internal sealed record CanonStatus(
    string Path,
    string Name,
    string Version,
    string Fingerprint,
    int Profiles,
    DateTimeOffset LoadedAt,
    DateTimeOffset? LastFailedAt,
    IReadOnlyList<CanonProblem> LastProblems);
