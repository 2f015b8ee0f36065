using System.Text;
using GoalFrames.Engine.Sheets;

namespace GoalFrames.Rendering.PlainText;

/// <summary>
/// The growth block of "Copy / print as text": sections separated by one blank line and none inside; entry names
/// indented 2, their lines 4 with the labels in an 8-wide column; a "New at" item <c>  N. "…"</c> with its Goal line
/// indented 5.
/// </summary>
internal static class GrowthText
{
    private const int LabelWidth = 8;

    public static string Render(FrameSection section)
    {
        var text = new StringBuilder();
        for (var i = 0; i < section.Groups.Count; i++)
        {
            var group = section.Groups[i];
            if (i > 0)
            {
                text.Append('\n');
            }

            if (group.Heading is not null)
            {
                text.Append(group.Heading.Text).Append('\n');
            }

            foreach (var item in group.Items)
            {
                AppendItem(text, item);
            }
        }

        return text.ToString();
    }

    /// <summary>True for a named entry (a dimension or a rubric: From/To/Goal lines), false for a numbered "New at" item.</summary>
    public static bool IsNamedEntry(GoalItem item) => item.Field(FieldKind.To) is not null;

    private static void AppendItem(StringBuilder text, GoalItem item)
    {
        string indent;
        if (IsNamedEntry(item))
        {
            text.Append("  ").Append(item.Headline.Text).Append('\n');
            indent = "    ";
        }
        else
        {
            text.Append("  ").Append(item.Number).Append(". ").Append(item.Headline.Text).Append("  [source: ").Append(item.Source.Text).Append("]\n");
            indent = "     ";
        }

        foreach (var field in item.Fields)
        {
            text.Append(indent).Append((field.Label.Text + ":").PadRight(LabelWidth)).Append(field.Content.Text);
            if (field.Source is not null)
            {
                text.Append("  [source: ").Append(field.Source.Text).Append(']');
            }

            text.Append('\n');
        }
    }
}
