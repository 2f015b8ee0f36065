using System.Text;

namespace GoalFrames.Rendering.BlockKit;

/// <summary>Slack's mrkdwn escaping: exactly <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c>, as Slack documents.</summary>
public static class Mrkdwn
{
    /// <summary>Escapes text for a mrkdwn field.</summary>
    /// <param name="text">The text.</param>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny('&', '<', '>') < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => null,
            } ?? c.ToString());
        }

        return escaped.ToString();
    }
}
