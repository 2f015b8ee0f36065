using System.Diagnostics.Metrics;

namespace GoalFrames.Slack;

/// <summary>What the Slack adapter counts: requests by endpoint and outcome.</summary>
public static class SlackMetrics
{
    /// <summary>The meter name.</summary>
    public const string MeterName = "GoalFrames.Slack";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Requests = Meter.CreateCounter<long>("goalframes.slack.requests", unit: "{request}", description: "Slack requests by endpoint and outcome");

    internal static void Count(string endpoint, string outcome) =>
        Requests.Add(1, new KeyValuePair<string, object?>("endpoint", endpoint), new KeyValuePair<string, object?>("outcome", outcome));
}
