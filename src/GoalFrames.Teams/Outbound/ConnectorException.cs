namespace GoalFrames.Teams.Outbound;

/// <summary>A Bot Connector call failed: the HTTP status (0 when none came), the connector's error code and message, and what it means.</summary>
internal sealed class ConnectorException(string operation, int status, string? code, string? detail, ConnectorFailure failure, Exception? inner = null)
    : Exception($"Bot Connector {operation} failed: {(status != 0 ? "HTTP " + status : failure == ConnectorFailure.Refused ? "not sent" : "no answer")}{(code is null ? string.Empty : " " + code)}{(detail is null ? string.Empty : ": " + detail)}", inner)
{
    public string Operation { get; } = operation;

    public int Status { get; } = status;

    public string? Code { get; } = code;

    public ConnectorFailure Failure { get; } = failure;

    public static ConnectorFailure Classify(int status) => status switch
    {
        401 or 403 => ConnectorFailure.Stop,
        404 => ConnectorFailure.Drop,
        412 or 429 or 502 or 503 or 504 => ConnectorFailure.Unavailable,
        _ => ConnectorFailure.Rejected,
    };
}
