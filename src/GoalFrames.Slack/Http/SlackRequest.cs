namespace GoalFrames.Slack.Http;

/// <summary>A Slack request whose signature has been checked: the raw body and the form fields parsed from it.</summary>
internal sealed record SlackRequest(byte[] Body, IReadOnlyDictionary<string, string> Form);
