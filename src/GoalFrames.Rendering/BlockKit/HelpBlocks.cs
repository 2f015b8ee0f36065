using GoalFrames.Engine.Commands;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Rendering.Chat;

namespace GoalFrames.Rendering.BlockKit;

/// <summary>Usage with examples, each a button.</summary>
internal static class HelpBlocks
{
    public static MessagePlan Plan(GoalsReply.Help help) => new(
        [new HeaderBlock(TextObject.Plain(ChatWords.Product))],
        [
            [BlockParts.Words("Goal templates for a role and level, from your company's job architecture. Every line is canon text or a fixed template around it; nothing is invented.")],
            [BlockParts.Words("*Type*\n```" + Mrkdwn.Escape(GoalsCommandParser.Usage) + "```")],
            [BlockParts.Words("*Try*"), .. BlockParts.Buttons(help.Examples.Select(e => new ChatButton(e, new GoalsAction.Run(e))))],
        ],
        [],
        "GoalFrames: usage and examples");
}
