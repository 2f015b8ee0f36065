namespace GoalFrames.Host.Hosting;

/// <summary>The body of /readyz.</summary>
internal sealed record ReadinessReport(string Status, CanonReadiness Canon, StorageReadiness Storage);
