namespace GoalFrames.Slack.Security;

/// <summary>The outcome of checking a Slack request signature.</summary>
internal enum SignatureCheck
{
    Valid,
    NotConfigured,
    MissingHeaders,
    MalformedTimestamp,
    Stale,
    Mismatch,
}
