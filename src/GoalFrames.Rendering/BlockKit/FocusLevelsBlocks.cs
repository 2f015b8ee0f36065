using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Rendering.Chat;

namespace GoalFrames.Rendering.BlockKit;

/// <summary>The levels of a focus, each a button that shows the profile's frameworks.</summary>
internal static class FocusLevelsBlocks
{
    public static MessagePlan Plan(GoalsReply.FocusLevels levels)
    {
        var focus = levels.Focus;
        var word = focus.Aliases.Count > 0 ? focus.Aliases[0] : focus.Key;
        var buttons = levels.Profiles.Select(p => new ChatButton(
            $"{p.Level.Code} \u00B7 {p.Title ?? p.Level.Title}{(p.IsSample ? " (sample)" : string.Empty)}",
            new GoalsAction.Run($"goals {ChatWords.Mention(levels.About)}{word} {p.Level.Code}")));
        return new MessagePlan(
            [.. BlockParts.Heading("Levels of " + focus.Name), .. BlockParts.Context(focus.Key + " \u00B7 " + focus.Description)],
            [[BlockParts.Words("Pick a level to see its goal frameworks."), .. BlockParts.Buttons(buttons)]],
            [],
            "GoalFrames: the levels of " + Mrkdwn.Escape(focus.Key));
    }
}
