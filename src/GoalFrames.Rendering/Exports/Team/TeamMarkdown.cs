using System.Text;
using GoalFrames.Rendering.Markdown;

namespace GoalFrames.Rendering.Exports.Team;

/// <summary>CommonMark for many drafts: a heading per person, then each draft's profile and framework as the chat shows it.</summary>
internal static class TeamMarkdown
{
    public static string Write(IReadOnlyList<PersonGoals> people)
    {
        var md = new StringBuilder();
        foreach (var person in people)
        {
            md.Append(md.Length == 0 ? "# " : "\n# ").Append(MarkdownSheetRenderer.EscapeText(person.Person.Name)).Append("\n\n");
            md.Append(person.Person.Email is { } email ? MarkdownSheetRenderer.EscapeText(email) : "_No email known_").Append('\n');
            foreach (var draft in person.Drafts)
            {
                md.Append('\n').Append(MarkdownSheetRenderer.Escape(draft.Sheet.Identity)).Append("\n\n");
                foreach (var section in draft.Sheet.Sections)
                {
                    md.Append(MarkdownSheetRenderer.RenderSection(section));
                }
            }
        }

        return md.ToString();
    }
}
