using System.Text;
using GoalFrames.Engine;
using GoalFrames.Engine.Pieces;
using GoalFrames.Engine.Sheets;

namespace GoalFrames.Rendering.Markdown;

/// <summary>
/// Renders a sheet as CommonMark. Canon text and the manager's values are escaped, so a <c>*</c> or <c>_</c> in them
/// shows as itself and never turns into formatting.
/// </summary>
public static class MarkdownSheetRenderer
{
    /// <summary>The whole sheet.</summary>
    /// <param name="sheet">The sheet.</param>
    /// <returns>Markdown, ending with a line break.</returns>
    public static string Render(GoalSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var md = new StringBuilder();
        md.Append("# ").Append(Escape(sheet.Title)).Append("\n\n");
        md.Append(Escape(sheet.Identity)).Append("\n\n");
        md.Append('_').Append(Escape(sheet.Promise)).Append("_\n");
        foreach (var section in sheet.Sections)
        {
            md.Append('\n');
            AppendSection(md, section);
        }

        if (sheet.Omissions.Count > 0)
        {
            md.Append("\n## Left out\n\n");
            foreach (var omission in sheet.Omissions)
            {
                md.Append("- ").Append(EscapeText(omission.ToString())).Append('\n');
            }
        }

        return md.ToString();
    }

    /// <summary>One framework with its heading and intro.</summary>
    /// <param name="section">The section.</param>
    /// <returns>Markdown, ending with a line break.</returns>
    public static string RenderSection(FrameSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var md = new StringBuilder();
        AppendSection(md, section);
        return md.ToString();
    }

    /// <summary>Escapes a line for CommonMark.</summary>
    /// <param name="line">The line.</param>
    public static string Escape(Line line) => EscapeText(line?.Text ?? string.Empty);

    /// <summary>Escapes text for CommonMark: every character that could start formatting gets a backslash.</summary>
    /// <param name="text">The text.</param>
    public static string EscapeText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var md = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '~' or '&' or '!')
            {
                md.Append('\\');
            }

            md.Append(c);
        }

        return md.ToString();
    }

    private static void AppendSection(StringBuilder md, FrameSection section)
    {
        md.Append("## ").Append(Escape(section.Heading)).Append("\n\n");
        md.Append(Escape(section.Intro)).Append('\n');
        foreach (var group in section.Groups)
        {
            if (group.Heading is not null)
            {
                md.Append("\n### ").Append(Escape(group.Heading)).Append('\n');
            }

            md.Append('\n');
            foreach (var item in group.Items)
            {
                AppendItem(md, section.Kind, item);
            }
        }
    }

    private static void AppendItem(StringBuilder md, FrameKind kind, GoalItem item)
    {
        var source = $" \u2014 _source: {Escape(item.Source)}_";
        if (kind == FrameKind.Growth && item.Field(FieldKind.To) is not null)
        {
            md.Append("- **").Append(Escape(item.Headline)).Append("**\n");
            foreach (var field in item.Fields)
            {
                md.Append("  - **").Append(Escape(field.Label)).Append(":** ").Append(Escape(field.Content));
                md.Append(field.Source is null ? string.Empty : $" \u2014 _source: {Escape(field.Source)}_").Append('\n');
            }

            return;
        }

        if (kind == FrameKind.Scorecard)
        {
            md.Append("- ").Append(Escape(item.Headline)).Append(" \u2192 ").Append(Escape(item.Field(FieldKind.Measure)!.Content)).Append(source).Append('\n');
            return;
        }

        md.Append(item.Number).Append(". **").Append(Escape(item.Headline)).Append("**").Append(source).Append('\n');
        foreach (var field in item.Fields)
        {
            md.Append("   - **").Append(Escape(field.Label)).Append(":** ").Append(Escape(field.Content)).Append('\n');
        }
    }
}
