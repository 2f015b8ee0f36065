using System.Globalization;

namespace GoalFrames.Rendering.BlockKit;

/// <summary>
/// Packs a plan into messages of at most 50 blocks and about 12,000 characters of text (Slack refuses longer block
/// content with <c>msg_blocks_too_long</c>). A reply that needs more continues in follow-up messages that say which part
/// they are; nothing is cut. The renderer validates what comes out.
/// </summary>
internal static class MessagePacker
{
    public const int MaxTextPerMessage = 12_000;

    public static IReadOnlyList<BlockKitMessage> Pack(MessagePlan plan)
    {
        var groups = new List<List<Block>>();
        var current = new List<Block>(plan.Header);
        foreach (var unit in plan.Units)
        {
            var next = current.Concat(unit).Concat(plan.Footer).ToList();
            if (current.Count > (groups.Count == 0 ? plan.Header.Count : 1) && (next.Count > BlockKitLimits.MessageBlocks || TextLength(next) > MaxTextPerMessage))
            {
                groups.Add(current);
                current = [Part(99, 99)];
            }

            current.AddRange(unit);
        }

        current.AddRange(plan.Footer);
        groups.Add(current);
        return [.. groups.Select((blocks, i) => (groups.Count == 1
            ? new BlockKitMessage(plan.Text, blocks)
            : new BlockKitMessage(
                plan.Text + string.Create(CultureInfo.InvariantCulture, $" (part {i + 1} of {groups.Count})"),
                i == 0 ? blocks : [Part(i + 1, groups.Count), .. blocks.Skip(1)])))];
    }

    private static ContextBlock Part(int number, int count) =>
        new([TextObject.Plain(string.Create(CultureInfo.InvariantCulture, $"Part {number} of {count} (continued)"))]);

    private static int TextLength(IEnumerable<Block> blocks) => blocks.Sum(block => block switch
    {
        HeaderBlock h => h.Text.Text.Length,
        SectionBlock s => (s.Text?.Text.Length ?? 0) + (s.Fields?.Sum(f => f.Text.Length) ?? 0) + (s.Accessory is ButtonElement b ? b.Text.Text.Length : 0),
        ContextBlock c => c.Elements.Sum(e => e.Text.Length),
        ActionsBlock a => a.Elements.OfType<ButtonElement>().Sum(b => b.Text.Text.Length),
        _ => 0,
    });
}
