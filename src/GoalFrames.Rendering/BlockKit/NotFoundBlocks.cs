using GoalFrames.Engine.Conversation;
using GoalFrames.Rendering.Chat;

namespace GoalFrames.Rendering.BlockKit;

/// <summary>Nothing matched: what was typed, and buttons for what exists.</summary>
internal static class NotFoundBlocks
{
    public static MessagePlan Plan(GoalsReply.NotFound notFound)
    {
        var (message, hint, buttons) = NotFoundText.Of(notFound.Lookup);
        return new MessagePlan(
            [.. BlockParts.PlainSections(message), .. BlockParts.Context(hint)],
            [[.. BlockParts.Buttons(buttons)]],
            [],
            Mrkdwn.Escape(message));
    }
}
