using System.Globalization;
using GoalFrames.Engine.Conversation;
using GoalFrames.Rendering.Chat;

namespace GoalFrames.Rendering.BlockKit;

/// <summary>The frameworks a profile has rows for, each a button, and the ledger of what the canon lacks.</summary>
internal static class OverviewBlocks
{
    public static MessagePlan Plan(GoalsReply.ProfileOverview overview)
    {
        var sheet = overview.Sheet;
        var frameworks = new SectionBlock
        {
            Text = TextObject.Markdown("*Goal frameworks with canon backing*"),
            Fields = sheet.Sections.Count == 0 ? null : [.. sheet.Sections.Select(s => TextObject.Plain(string.Create(CultureInfo.InvariantCulture, $"{s.Heading.Text}: {s.Items.Count()} goals")))],
        };
        return new MessagePlan(
            SheetBlocks.Header(sheet),
            [[frameworks], [.. BlockParts.Buttons(FrameButtons.Present(sheet, overview.About))], SheetBlocks.Ledger(sheet) ?? [.. BlockParts.Context(ChatWords.NothingLeftOut)]],
            [],
            SheetBlocks.Text(sheet));
    }
}
