namespace GoalFrames.Slack.Api;

/// <summary>Which <c>response_url</c>s GoalFrames will post to: Slack's own, or (for tests) the configured API host. Never anything else.</summary>
internal static class ResponseUrls
{
    public static bool IsAllowed(Uri? url, SlackOptions options) =>
        url is not null
        && ((url.Scheme == Uri.UriSchemeHttps && url.Host == "hooks.slack.com")
            || string.Equals(url.GetLeftPart(UriPartial.Authority), options.ApiBaseUrl.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase));
}
