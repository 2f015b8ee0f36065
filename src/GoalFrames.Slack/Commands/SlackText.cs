using System.Text;
using GoalFrames.Engine;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Resolution;
using GoalFrames.Rendering.PlainText;

namespace GoalFrames.Slack.Commands;

/// <summary>
/// The mrkdwn text of a reply: what notifications show and the fallback every Slack message carries. Canon and user text
/// is escaped the way Slack asks (only &amp;, &lt;, &gt;) and goal sheets go in a code block, so nothing in them formats.
/// </summary>
internal static class SlackText
{
    public const int MaxLength = 39_000;

    public static string Of(GoalsReply reply, string command) => Cap(reply switch
    {
        GoalsReply.Help help => $"*GoalFrames* — canon-derived goal templates.\nTry: {string.Join(" · ", help.Examples.Select(e => $"`{Escape(command)} {Escape(e[(e.IndexOf(' ', StringComparison.Ordinal) + 1)..])}`"))}",
        GoalsReply.FamilyList list => string.Join("\n", list.Families.SelectMany(f => f.Focuses.Select(focus =>
            $"• {Escape(focus.Name)} ({Escape(f.Name)}) — `{Escape(focus.Aliases.Count > 0 ? focus.Aliases[0] : focus.Key)}`"))),
        GoalsReply.FocusLevels levels => $"{Escape(levels.Focus.Name)} levels: {string.Join(", ", levels.Profiles.Select(p => $"`{p.Level.Code}` {Escape(p.Title ?? p.Level.Title)}"))}",
        GoalsReply.ProfileOverview overview => Overview(overview),
        GoalsReply.Frames frames => CodeBlock(frames.Kinds.Count > 1 ? TextSheetRenderer.Render(frames.Sheet) : string.Concat(frames.Sheet.Sections.Select(TextSheetRenderer.RenderSection)))
            + string.Concat(frames.Sheet.Omissions.Select(o => $"\n_Left out:_ {Escape(o.ToString())}")),
        GoalsReply.NotFound notFound => NotFound(notFound.Lookup, command),
        GoalsReply.Invalid invalid => Escape(invalid.Command.Reason),
        GoalsReply.Drafts => "Saved drafts are not available yet.",
        _ => throw new ArgumentOutOfRangeException(nameof(reply), reply, null),
    });

    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static string CodeBlock(string text) => "```\n" + Escape(text).Replace("```", "`\u200B``", StringComparison.Ordinal) + "```";

    private static string Overview(GoalsReply.ProfileOverview overview)
    {
        var text = new StringBuilder($"*{Escape(overview.Sheet.Title.Text)}*\n{Escape(overview.Sheet.Identity.Text)}");
        foreach (var section in overview.Sheet.Sections)
        {
            text.Append(CultureInfoInvariant($"\n• {Escape(section.Heading.Text)}: {section.Items.Count()} rows — `{section.Kind.Keyword()}`"));
        }

        foreach (var omission in overview.Sheet.Omissions)
        {
            text.Append("\n_Left out:_ ").Append(Escape(omission.ToString()));
        }

        return text.ToString();
    }

    private static string NotFound(ProfileLookup lookup, string command) => lookup switch
    {
        ProfileLookup.UnknownFocus unknown => $"No focus is called `{Escape(unknown.Word)}`."
            + (unknown.Suggestions.Count == 0 ? $" `{Escape(command)} list` shows them all." : " Did you mean " + string.Join(", ", unknown.Suggestions.Select(s => $"`{Escape(s.Word)}` ({Escape(s.Description)})")) + "?"),
        ProfileLookup.AmbiguousFocus ambiguous => $"`{Escape(ambiguous.Word)}` names several focuses: " + string.Join(", ", ambiguous.Focuses.Select(f => $"`{Escape(f.Key)}` ({Escape(f.Name)})")),
        ProfileLookup.UnknownLevel level => $"{Escape(level.Focus.Name)} has no `{Escape(level.Word)}` profile. Levels: " + string.Join(", ", level.Profiles.Select(p => $"`{p.Level.Code}`")),
        ProfileLookup.UnknownProfileId id => $"No profile has the id `{Escape(id.Id)}`." + (id.Suggestions.Count == 0 ? string.Empty : " Did you mean " + string.Join(", ", id.Suggestions.Select(s => $"`{Escape(s.Word)}`")) + "?"),
        _ => "Not found.",
    };

    private static string CultureInfoInvariant(FormattableString text) => FormattableString.Invariant(text);

    private static string Cap(string text) => text.Length <= MaxLength ? text : text[..MaxLength] + "\n… (continued: use `text` on one framework at a time)";
}
