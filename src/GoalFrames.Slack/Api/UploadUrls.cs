namespace GoalFrames.Slack.Api;

/// <summary>Which upload URLs of <c>files.getUploadURLExternal</c> GoalFrames sends a file to: Slack's own over HTTPS, or (for tests) the configured API host.</summary>
internal static class UploadUrls
{
    public static bool IsAllowed(Uri url, SlackOptions options) =>
        (url.Scheme == Uri.UriSchemeHttps && (url.Host == "slack.com" || url.Host.EndsWith(".slack.com", StringComparison.OrdinalIgnoreCase)))
        || string.Equals(url.GetLeftPart(UriPartial.Authority), options.ApiBaseUrl.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase);
}
