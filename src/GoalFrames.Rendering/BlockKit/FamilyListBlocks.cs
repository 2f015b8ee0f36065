using GoalFrames.Canon;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Rendering.Chat;

namespace GoalFrames.Rendering.BlockKit;

/// <summary>Families and focuses with their aliases; each focus has a button that lists its levels.</summary>
internal static class FamilyListBlocks
{
    public static MessagePlan Plan(GoalsReply.FamilyList list) => new(
        [new HeaderBlock(TextObject.Plain("Families and focuses")), .. BlockParts.Context("Pick a focus to see its levels.")],
        [.. list.Families.Select(Family)],
        [],
        "GoalFrames: families and focuses");

    private static IReadOnlyList<Block> Family(JobFamily family) =>
    [
        new DividerBlock(),
        .. BlockParts.PlainSections(family.Name + " \u00B7 " + family.Code),
        .. family.Focuses.SelectMany(Focus),
    ];

    private static IEnumerable<Block> Focus(Focus focus)
    {
        var word = focus.Aliases.Count > 0 ? focus.Aliases[0] : focus.Key;
        var aliases = focus.Aliases.Count > 0 ? " \u00B7 aliases: " + string.Join(", ", focus.Aliases) : string.Empty;
        var sections = BlockParts.PlainSections("\u2022 " + focus.Name + " \u00B7 " + focus.Key + aliases).ToList();
        sections[0] = sections[0] with { Accessory = BlockParts.Button(new ChatButton(word, new GoalsAction.Run("goals " + word)), 0) };
        return sections;
    }
}
