using GoalFrames.Engine;
using GoalFrames.Engine.Checks;
using GoalFrames.Engine.Sheets;
using GoalFrames.Rendering.Chat;

namespace GoalFrames.Rendering.BlockKit;

/// <summary>The blocks that show a goal sheet: title, goals with their sources, the omission ledger.</summary>
internal static class SheetBlocks
{
    public static IReadOnlyList<Block> Header(GoalSheet sheet) => [.. BlockParts.Heading(sheet.Title.Text), .. BlockParts.Context(sheet.Identity.Text)];

    public static IReadOnlyList<Block> SectionHeading(FrameSection section) =>
        [new DividerBlock(), .. BlockParts.Heading(section.Heading.Text), .. BlockParts.Context(section.Intro.Text)];

    /// <summary>A goal: numbered headline (with an edit button when given), its labelled lines, and its source.</summary>
    public static IEnumerable<Block> Item(FrameKind kind, GoalItem item, ChatButton? edit)
    {
        var headline = BlockParts.PlainSections(ChatWords.ItemPrefix(kind, item) + item.Headline.Text).ToList();
        if (edit is not null)
        {
            headline[0] = headline[0] with { Accessory = BlockParts.Button(edit, 0) };
        }

        var lines = string.Join('\n', item.Fields.Select(ChatWords.FieldLine));
        return ChatWords.CitesPerLine(item)
            ? [.. headline, .. BlockParts.PlainSections(lines)]
            : [.. headline, .. BlockParts.PlainSections(lines), .. BlockParts.Context(ChatWords.SourcePrefix + item.Source.Text)];
    }

    /// <summary>The completeness checks under a goal on the manager's own message: one context line per finding, or ready.</summary>
    public static IEnumerable<Block> Checks(GoalCheck? check) =>
        check is null ? [] : BlockParts.Context(string.Join('\n', CheckWords.Lines(check)));

    public static IReadOnlyList<Block>? Ledger(GoalSheet sheet) => sheet.Omissions.Count == 0
        ? null
        :
        [
            new DividerBlock(),
            BlockParts.Words("*" + ChatWords.LeftOut + "*"),
            .. BlockParts.Context(ChatWords.LeftOutIntro),
            .. BlockParts.PlainSections(string.Join('\n', sheet.Omissions.Select(o => "\u2022 " + o))),
        ];

    public static string Text(GoalSheet sheet) => Mrkdwn.Escape(sheet.Title.Text) + ": " + (sheet.Sections.Count == 0
        ? "nothing to show; the canon lacks the rows (see Left out)"
        : string.Join(", ", sheet.Sections.Select(s => Mrkdwn.Escape(s.Heading.Text))));
}
