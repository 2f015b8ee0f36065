namespace GoalFrames.Slack.Api;

/// <summary>Slack answered <c>ok: false</c> (or not at all): the method, Slack's error code and its details.</summary>
internal sealed class SlackApiException(string method, string error, IReadOnlyList<string> details)
    : Exception($"Slack {method} failed: {error}" + (details.Count == 0 ? string.Empty : " (" + string.Join("; ", details) + ")"))
{
    public string Method { get; } = method;

    public string Error { get; } = error;

    public IReadOnlyList<string> Details { get; } = details;
}
