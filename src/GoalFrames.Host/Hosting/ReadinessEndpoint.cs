namespace GoalFrames.Host.Hosting;

/// <summary><c>GET /readyz</c>: the canon served and the problems of the last rejected reload, as JSON.</summary>
internal static class ReadinessEndpoint
{
    public static IResult Handle(CanonReloader canon)
    {
        var status = canon.Status;
        var body = new ReadinessReport(
            status.LastProblems.Count == 0 ? "ready" : "degraded",
            new CanonReadiness(
                status.Name,
                status.Version,
                status.Fingerprint,
                status.Profiles,
                status.LoadedAt,
                status.LastFailedAt,
                [.. status.LastProblems.Select(p => p.ToString())]));
        return Results.Json(body, HostJsonContext.Default.ReadinessReport);
    }
}
