namespace GoalFrames.Slack.Events;

/// <summary>Message text as Slack sends it in events: <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> escaped.</summary>
internal static class SlackText
{
    /// <summary>The text as the person typed it.</summary>
    public static string Unescape(string text) =>
        text.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);
}
