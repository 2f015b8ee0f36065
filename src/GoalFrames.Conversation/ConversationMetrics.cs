using System.Diagnostics.Metrics;

namespace GoalFrames.Conversation;

/// <summary>The conversation core's counters: requests by outcome, so an operator sees failures and slow answers.</summary>
public static class ConversationMetrics
{
    /// <summary>The meter's name, for telemetry set-up.</summary>
    public const string MeterName = "GoalFrames.Conversation";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Requests handled, tagged with the action (or <c>line</c>) and outcome (<c>ok</c>, <c>failed</c>, <c>late</c>, <c>limited</c>).</summary>
    internal static readonly Counter<long> Requests = Meter.CreateCounter<long>("goalframes.conversation.requests", description: "Lines and card actions handled, by outcome");
}
