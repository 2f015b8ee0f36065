using System.Text;
using GoalFrames.Engine;
using GoalFrames.Engine.Sheets;

namespace GoalFrames.Rendering.PlainText;

/// <summary>
/// The "Copy / print as text" rendering, byte for byte as the JobFrame goal-templates page prints it.
/// It arranges pieces; the only characters of its own are layout: numbering, label colons, spacing and the
/// <c>[source: …]</c> brackets.
/// </summary>
public static class TextSheetRenderer
{
    private const int SmartLabelWidth = 13;
    private const int MboLabelWidth = 10;

    /// <summary>One framework's block, ending with a line break.</summary>
    /// <param name="section">The section.</param>
    /// <returns>The block.</returns>
    public static string RenderSection(FrameSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        if (section.Kind == FrameKind.Growth)
        {
            return GrowthText.Render(section);
        }

        var text = new StringBuilder();
        var first = true;
        foreach (var group in section.Groups)
        {
            if (group.Heading is not null)
            {
                Separate(text, ref first);
                text.Append(group.Heading.Text).Append('\n');
            }

            foreach (var item in group.Items)
            {
                if (group.Heading is null)
                {
                    Separate(text, ref first);
                }

                AppendItem(text, section.Kind, item);
            }
        }

        return text.ToString();
    }

    /// <summary>The whole sheet: title, identity, promise, each framework with its heading and intro, and what was left out.</summary>
    /// <param name="sheet">The sheet.</param>
    /// <returns>The text, ending with a line break.</returns>
    public static string Render(GoalSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var text = new StringBuilder();
        text.Append(sheet.Title.Text).Append("\n\n");
        text.Append(sheet.Identity.Text).Append("\n\n");
        text.Append(sheet.Promise.Text).Append('\n');
        foreach (var section in sheet.Sections)
        {
            text.Append('\n').Append(section.Heading.Text).Append("\n\n");
            text.Append(section.Intro.Text).Append("\n\n");
            text.Append(RenderSection(section));
        }

        if (sheet.Omissions.Count > 0)
        {
            text.Append("\nLeft out\n");
            foreach (var omission in sheet.Omissions)
            {
                text.Append("  - ").Append(omission).Append('\n');
            }
        }

        return text.ToString();
    }

    private static void Separate(StringBuilder text, ref bool first)
    {
        if (!first)
        {
            text.Append('\n');
        }

        first = false;
    }

    private static void AppendItem(StringBuilder text, FrameKind kind, GoalItem item)
    {
        var source = $"[source: {item.Source.Text}]";
        switch (kind)
        {
            case FrameKind.Smart:
                text.Append(item.Number).Append(". ").Append(item.Headline.Text).Append("  ").Append(source).Append('\n');
                foreach (var field in item.Fields)
                {
                    text.Append("   ").Append((field.Label.Text + ":").PadRight(SmartLabelWidth)).Append(field.Content.Text).Append('\n');
                }

                break;

            case FrameKind.Okr:
                text.Append("Objective ").Append(item.Number).Append(": ").Append(item.Headline.Text).Append("  ").Append(source).Append('\n');
                foreach (var field in item.Fields)
                {
                    text.Append("  ").Append(field.Label.Text).Append(". ").Append(field.Content.Text).Append('\n');
                }

                break;

            case FrameKind.Mbo:
                text.Append(item.Number).Append(". Area: ").Append(item.Headline.Text).Append("  ").Append(source).Append('\n');
                if (item.Field(FieldKind.Standard) is { } standard)
                {
                    text.Append("   ").Append((standard.Label.Text + ":").PadRight(MboLabelWidth)).Append(standard.Content.Text).Append('\n');
                }

                var target = item.Field(FieldKind.Target)!;
                var due = item.Field(FieldKind.Due)!;
                text.Append("   ").Append((target.Label.Text + ":").PadRight(MboLabelWidth)).Append(target.Content.Text)
                    .Append("   ").Append(due.Label.Text).Append(": ").Append(due.Content.Text).Append('\n');
                break;

            case FrameKind.Scorecard:
                text.Append("  - ").Append(item.Headline.Text).Append("  \u2192  ").Append(item.Field(FieldKind.Measure)!.Content.Text)
                    .Append("   ").Append(source).Append('\n');
                break;

            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }
}
