using GoalFrames.Storage;

namespace GoalFrames.Host.Hosting;

/// <summary>
/// <c>GET /readyz</c>: 200 while the canon is loaded and the store answers (<c>degraded</c> when the last canon edit was
/// rejected and the previous canon still serves); 503 when the store is unreachable. The body says which and why.
/// </summary>
internal static class ReadinessEndpoint
{
    public static async Task<IResult> HandleAsync(CanonReloader canon, StorageProbe storage, CancellationToken cancellationToken)
    {
        var status = canon.Status;
        var storageError = await storage.ProbeAsync(cancellationToken).ConfigureAwait(false);
        var overall = storageError is not null ? "unavailable" : status.LastProblems.Count == 0 ? "ready" : "degraded";
        var body = new ReadinessReport(
            overall,
            new CanonReadiness(
                status.Name,
                status.Version,
                status.Fingerprint,
                status.Profiles,
                status.LoadedAt,
                status.LastFailedAt,
                [.. status.LastProblems.Select(p => p.ToString())]),
            new StorageReadiness(storage.Provider, storageError is null, storageError));
        return Results.Json(body, HostJsonContext.Default.ReadinessReport, statusCode: storageError is null ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
