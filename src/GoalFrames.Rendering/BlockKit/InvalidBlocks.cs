using GoalFrames.Engine.Commands;
using GoalFrames.Engine.Conversation;
using GoalFrames.Engine.Conversation.Actions;
using GoalFrames.Rendering.Chat;

namespace GoalFrames.Rendering.BlockKit;

/// <summary>Words the grammar could not read: why, the usage line, and a help button.</summary>
internal static class InvalidBlocks
{
    public static MessagePlan Plan(GoalsReply.Invalid invalid) => new(
        [BlockParts.Words("*I could not read that*"), .. BlockParts.PlainSections(EchoedInput.CapSentence(invalid.Command.Reason))],
        [[BlockParts.Words("*Usage*\n```" + Mrkdwn.Escape(GoalsCommandParser.Usage) + "```"), .. BlockParts.Buttons([new ChatButton("Help", new GoalsAction.Run("help"))])]],
        [],
        "GoalFrames could not read that: " + Mrkdwn.Escape(EchoedInput.CapSentence(invalid.Command.Reason)));
}
