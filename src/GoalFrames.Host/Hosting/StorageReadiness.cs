namespace GoalFrames.Host.Hosting;

/// <summary>The storage part of /readyz.</summary>
internal sealed record StorageReadiness(string Provider, bool Reachable, string? Error);
