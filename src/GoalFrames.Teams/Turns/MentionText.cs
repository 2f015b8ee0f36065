using System.Net;
using System.Text.RegularExpressions;
using GoalFrames.Teams.Activities;

namespace GoalFrames.Teams.Turns;

/// <summary>
/// The words a user typed to the bot: the bot's own <c>&lt;at&gt;…&lt;/at&gt;</c> mention removed (the mention entity
/// whose <c>mentioned.id</c> is the recipient), other mentions reduced to the name, and HTML entities decoded.
/// </summary>
internal static partial class MentionText
{
    public static string Of(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text ?? string.Empty;
        var botId = activity.Recipient?.Id;
        foreach (var entity in activity.Entities ?? [])
        {
            if (string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase)
                && botId is not null && entity.Mentioned?.Id == botId && !string.IsNullOrEmpty(entity.Text))
            {
                text = text.Replace(entity.Text, " ", StringComparison.Ordinal);
            }
        }

        text = AtTag().Replace(text, "${name}");
        return WebUtility.HtmlDecode(text).Trim();
    }

    [GeneratedRegex("<at(?:\\s[^>]*)?>(?<name>.*?)</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex AtTag();
}
