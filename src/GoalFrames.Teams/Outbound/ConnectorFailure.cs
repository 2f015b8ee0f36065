namespace GoalFrames.Teams.Outbound;

/// <summary>What a failed connector call means for the caller, after the pipeline's retries.</summary>
internal enum ConnectorFailure
{
    /// <summary>The request itself is wrong (400, 413) or the connector failed (500); do not send it again as is.</summary>
    Rejected,

    /// <summary>The bot may not write there (401, 403: removed, blocked, disabled); stop writing to the conversation.</summary>
    Stop,

    /// <summary>The conversation or activity is gone (404); forget its id.</summary>
    Drop,

    /// <summary>Still throttled or unavailable after the retries (412, 429, 502, 503, 504).</summary>
    Unavailable,

    /// <summary>Not sent: no accepted activity bound the service URL, so the bot's token may not go there.</summary>
    Refused,

    /// <summary>No answer came (a timeout or broken connection after sending); the call may or may not have taken effect.</summary>
    Ambiguous,
}
