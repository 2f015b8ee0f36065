using System.Net;
using System.Text.RegularExpressions;
using GoalFrames.Teams.Activities;

namespace GoalFrames.Teams.Turns;

/// <summary>
/// The words a user typed to the bot: the bot's own <c>&lt;at&gt;…&lt;/at&gt;</c> mention removed (the mention entity
/// whose <c>mentioned.id</c> is the recipient), a mention of a person written as the grammar reads one
/// (<c>&lt;@29:1abc|Ana Lopez&gt;</c>, the form Slack uses), other <c>&lt;at&gt;</c> tags reduced to the name, and HTML
/// entities decoded.
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
            else if (string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase)
                && entity.Mentioned is { Id: { Length: > 0 } id } person && !string.IsNullOrEmpty(entity.Text) && !id.Contains('>', StringComparison.Ordinal))
            {
                var name = WebUtility.HtmlDecode(AtTag().Match(entity.Text) is { Success: true } tag ? tag.Groups["name"].Value : person.Name ?? id).Replace(">", string.Empty, StringComparison.Ordinal);
                text = text.Replace(entity.Text, $" <@{id}|{name}> ", StringComparison.Ordinal);
            }
        }

        text = AtTag().Replace(text, "${name}");
        return WebUtility.HtmlDecode(text).Trim();
    }

    [GeneratedRegex("<at(?:\\s[^>]*)?>(?<name>.*?)</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex AtTag();
}
