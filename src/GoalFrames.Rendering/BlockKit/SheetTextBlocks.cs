using GoalFrames.Engine.Conversation;
using GoalFrames.Rendering.Chat;

namespace GoalFrames.Rendering.BlockKit;

/// <summary>The "Copy / print as text" rendering in code blocks: spacing kept, nothing formatted, only &amp; &lt; &gt; escaped.</summary>
internal static class SheetTextBlocks
{
    public static MessagePlan Plan(GoalsReply.Frames frames)
    {
        var sheet = frames.Sheet;
        var units = BlockParts.Code(SheetText.Of(frames)).Select(b => (IReadOnlyList<Block>)[b]).ToList();
        if (frames.Kinds.Count == 1 && SheetBlocks.Ledger(sheet) is { } ledger)
        {
            units.Add(ledger);
        }

        return new MessagePlan(SheetBlocks.Header(sheet), units, [], SheetBlocks.Text(sheet) + " (as text)");
    }
}
